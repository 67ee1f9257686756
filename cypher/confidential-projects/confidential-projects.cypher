// Editors only (api/modules/confidential-projects): the projects still being negotiated, which
// carry :ConfidentialProject instead of :Project (project/label-projects.cypher), by name.
// $first: how many at most.
// Returns one row: total (how many there are), projects [{key, name, investor, investmentCny,
//   chainName, segmentName, liaison, note, sources, evidence, firmId, parkId, regionCode, addIds}].
CALL () {
  MATCH (p:ConfidentialProject)
  RETURN count(p) AS total
}
CALL () {
  MATCH (p:ConfidentialProject)
  WITH p ORDER BY p.name, p.id LIMIT $first
  OPTIONAL MATCH (p)-[:BY]->(f:Firm)
  OPTIONAL MATCH (p)-[:IN]->(place)
  RETURN collect(p {key: p.id, .name, .investor, .investmentCny, .chainName, .segmentName, .liaison,
    note: p.importNote, .sources, .evidence, firmId: f.id,
    parkId: CASE WHEN place:Park THEN place.id END,
    regionCode: CASE WHEN place:Region THEN place.code END,
    addIds: COLLECT { MATCH (p)-[:ADDS]->(s:Segment) RETURN s.id ORDER BY s.id }
  }) AS projects
}
RETURN total, projects
