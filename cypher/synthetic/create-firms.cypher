// Creates synthetic firms with their place (a park, else a county) and the segments they make.
// $firms: list of {id, name, region, park, regionPath, parkId, makes: [segment id]}.
// Returns nothing.
UNWIND $firms AS row
CREATE (f:Firm {id: row.id, name: row.name, regionPath: row.regionPath, parkId: row.parkId, synthetic: true})
WITH f, row
CALL (f, row) {
  OPTIONAL MATCH (park:Park {id: row.park})
  OPTIONAL MATCH (region:Region {code: row.region})
  WITH coalesce(park, region) AS place
  CREATE (f)-[:LOCATED_IN]->(place)
}
CALL (f, row) {
  UNWIND row.makes AS segmentId
  MATCH (s:Segment {id: segmentId})
  CREATE (f)-[:MAKES]->(s)
}
