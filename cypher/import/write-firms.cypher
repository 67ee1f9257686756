// Creates or updates the firms of an import with the properties the plan gives (import/plan/plan-firms.ts),
// and, where the plan moves it, its place: a park, else a region. Relationships it creates carry the import and the row.
// $import: the import's Source id;
// $firms: list of {id, row, props (the properties to set; null removes one), placeChanged, park (or null), region}.
// Returns nothing.
UNWIND $firms AS row
MERGE (f:Firm {id: row.id})
SET f += row.props
WITH f, row WHERE row.placeChanged
CALL (f) {
  MATCH (f)-[stale:LOCATED_IN]->()
  DELETE stale
}
OPTIONAL MATCH (park:Park {id: row.park})
OPTIONAL MATCH (region:Region {code: row.region})
WITH f, row, coalesce(park, region) AS place
WHERE place IS NOT NULL
CREATE (f)-[:LOCATED_IN {import: $import, row: row.row}]->(place)
