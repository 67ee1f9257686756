// Projects by id with their firm, place and the segments they add, for the per-request project loader.
// $ids: list of project ids.
// Returns one row per project found: project {key, name, aliases, investmentCny, capacity, status, signedOn,
//   chainId, note, sources, evidence, firmId, parkId, regionCode, addIds}.
UNWIND $ids AS id
MATCH (p:Project {id: id})
OPTIONAL MATCH (p)-[:BY]->(f:Firm)
OPTIONAL MATCH (p)-[:IN]->(place)
RETURN p {key: p.id, .name, .aliases, .investmentCny, .capacity, .status, .signedOn, chainId: p.chain,
  .note, .sources, .evidence, firmId: f.id,
  parkId: CASE WHEN place:Park THEN place.id END,
  regionCode: CASE WHEN place:Region THEN place.code END,
  addIds: COLLECT { MATCH (p)-[:ADDS]->(s:Segment) RETURN s.id ORDER BY s.id }
} AS project
