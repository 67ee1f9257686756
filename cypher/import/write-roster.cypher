// Creates or updates the roster an import declares complete for a place and scope, and the place it
// COVERS (core/coverage.ts: a complete roster lets a chain map call a segment MISSING there).
// $import: the import's Source id;
// $roster: {id, props: {title, scope, complete, asOf (a date, or null), file, source, note}, region (or null), park (or null), created}.
// Returns nothing.
OPTIONAL MATCH (region:Region {code: $roster.region})
OPTIONAL MATCH (park:Park {id: $roster.park})
WITH coalesce(park, region) AS place
MERGE (r:Roster {id: $roster.id})
SET r += $roster.props
WITH r, place WHERE $roster.created AND place IS NOT NULL
CREATE (r)-[:COVERS {import: $import}]->(place)
