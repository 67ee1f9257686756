// Creates or updates rosters (a list of the firms of one place, such as a county's above-size
// industrial firms from its statistics bureau) and the place each covers. A roster that is
// `complete` claims to list every firm of its `scope` there: only such a claim lets a chain map
// call a segment MISSING (core/coverage.ts). Idempotent.
// $rosters: list of {id, title, scope, complete, region (a short region code, or null), park (a park id, or null), file, note}.
// Returns nothing.
UNWIND $rosters AS row
OPTIONAL MATCH (region:Region {code: row.region})
OPTIONAL MATCH (park:Park {id: row.park})
WITH row, coalesce(park, region) AS place
WHERE place IS NOT NULL
MERGE (r:Roster {id: row.id})
SET r.title = row.title, r.scope = row.scope, r.complete = row.complete, r.file = row.file, r.note = row.note
MERGE (r)-[:COVERS]->(place)
