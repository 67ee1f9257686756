// What lies in parks: the first 500 firms and projects by id and how many there are in all, and
// each park's chain focuses and reported figures, for the per-request park-contents loader.
// $ids: list of park ids.
// Returns one row per park found: contents {key, firmIds (at most 500, by id), firmCount,
//   projectIds (at most 500, by id), projectCount,
//   focuses: [{chainId, parkId, role, note, sources, evidence}], observations: [...]}.
UNWIND $ids AS id
MATCH (p:Park {id: id})
RETURN {key: p.id,
  firmIds: COLLECT { MATCH (f:Firm)-[:LOCATED_IN]->(p) RETURN f.id ORDER BY f.id LIMIT 500 },
  firmCount: COUNT { (f:Firm)-[:LOCATED_IN]->(p) },
  projectIds: COLLECT { MATCH (x:Project)-[:IN]->(p) RETURN x.id ORDER BY x.id LIMIT 500 },
  projectCount: COUNT { (x:Project)-[:IN]->(p) },
  focuses: COLLECT { MATCH (p)-[f:FOCUSES_ON]->(c:Chain)
                     RETURN f {chainId: c.id, parkId: p.id, .role, .note, .sources, .evidence} ORDER BY c.id },
  observations: COLLECT { MATCH (p)-[:REPORTED]->(o:Observation)
                          RETURN o {.*, key: o.id, parkId: p.id} ORDER BY o.indicator, o.period }
} AS contents
