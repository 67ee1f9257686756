// Creates or updates the projects of an import with the properties the plan gives
// (import/plan/plan-projects.ts), and, where the plan changes them, its place (a park, else a
// region) and its firm. Relationships it creates carry the import and the row. Never ADDS: placing
// a project on segments is the classification's. A project is found under either label; its label
// follows its status afterwards (project/label-projects.cypher).
// $import: the import's Source id;
// $projects: list of {id, row, props, placeChanged, park (or null), region (or null), firmChanged, firm (a firm id, or null)}.
// Returns nothing.
UNWIND $projects AS row
OPTIONAL MATCH (open:Project {id: row.id})
OPTIONAL MATCH (sealed:ConfidentialProject {id: row.id})
CALL (row, open, sealed) {
  WITH row WHERE open IS NULL AND sealed IS NULL
  CREATE (p:Project {id: row.id})
  RETURN p
  UNION
  WITH open, sealed WHERE open IS NOT NULL OR sealed IS NOT NULL
  RETURN coalesce(open, sealed) AS p
}
SET p += row.props
WITH p, row
CALL (p, row) {
  WITH p, row WHERE row.placeChanged
  CALL (p) {
    MATCH (p)-[stale:IN]->()
    DELETE stale
  }
  OPTIONAL MATCH (park:Park {id: row.park})
  OPTIONAL MATCH (region:Region {code: row.region})
  WITH p, row, coalesce(park, region) AS place
  WHERE place IS NOT NULL
  CREATE (p)-[:IN {import: $import, row: row.row}]->(place)
}
CALL (p, row) {
  WITH p, row WHERE row.firmChanged
  CALL (p) {
    MATCH (p)-[stale:BY]->()
    DELETE stale
  }
  MATCH (firm:Firm {id: row.firm})
  CREATE (p)-[:BY {import: $import, row: row.row}]->(firm)
}
