// Creates or updates investment projects with their firm, place and the segments they add. Idempotent.
// A project is found under either label; its label follows its status afterwards (project/label-projects.cypher).
// $projects: list of {id, name, aliases, investmentCny, capacity, status, signedOn ('YYYY-MM-DD' or null),
//   chain, firm, park, region, adds: [segment id], searchText, note, sources, evidence}.
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
SET p.name = row.name, p.aliases = row.aliases, p.investmentCny = row.investmentCny, p.capacity = row.capacity,
    p.status = row.status, p.signedOn = CASE WHEN row.signedOn IS NULL THEN null ELSE date(row.signedOn) END,
    p.chain = row.chain, p.searchText = row.searchText, p.note = row.note,
    p.sources = row.sources, p.evidence = row.evidence
WITH p, row
CALL (p, row) {
  OPTIONAL MATCH (firm:Firm {id: row.firm})
  FOREACH (_ IN CASE WHEN firm IS NULL THEN [] ELSE [1] END | MERGE (p)-[:BY]->(firm))
}
CALL (p, row) {
  OPTIONAL MATCH (park:Park {id: row.park})
  OPTIONAL MATCH (region:Region {code: row.region})
  WITH coalesce(park, region) AS place
  FOREACH (_ IN CASE WHEN place IS NULL THEN [] ELSE [1] END | MERGE (p)-[:IN]->(place))
}
CALL (p, row) {
  UNWIND row.adds AS segmentId
  MATCH (s:Segment {id: segmentId})
  MERGE (p)-[:ADDS]->(s)
}
