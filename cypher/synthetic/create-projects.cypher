// Creates synthetic projects with their firm, place (a park, else a county) and the segments they add.
// $projects: list of {id, name, status, signedOn ('YYYY-MM-DD' or null), investmentCny, chain, firm,
//   region, park, regionPath, parkId, adds: [segment id]}.
// Returns nothing.
UNWIND $projects AS row
MATCH (firm:Firm {id: row.firm})
CREATE (p:Project {id: row.id, name: row.name, status: row.status, investmentCny: row.investmentCny, chain: row.chain,
                   signedOn: CASE WHEN row.signedOn IS NULL THEN null ELSE date(row.signedOn) END,
                   regionPath: row.regionPath, parkId: row.parkId, synthetic: true})
CREATE (p)-[:BY]->(firm)
WITH p, row
CALL (p, row) {
  OPTIONAL MATCH (park:Park {id: row.park})
  OPTIONAL MATCH (region:Region {code: row.region})
  WITH coalesce(park, region) AS place
  CREATE (p)-[:IN]->(place)
}
CALL (p, row) {
  UNWIND row.adds AS segmentId
  MATCH (s:Segment {id: segmentId})
  CREATE (p)-[:ADDS]->(s)
}
