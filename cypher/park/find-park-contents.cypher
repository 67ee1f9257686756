// What lies in parks: the first 500 firms and projects by id and how many there are in all, for
// the per-request park-contents loader. A park's own focuses and figures: park/find-park-facts.
// $ids: list of park ids.
// Returns one row per park found: contents {key, firmIds (at most 500, by id), firmCount,
//   projectIds (at most 500, by id), projectCount}.
UNWIND $ids AS id
MATCH (p:Park {id: id})
RETURN {key: p.id,
  firmIds: COLLECT { MATCH (f:Firm)-[:LOCATED_IN]->(p) RETURN f.id ORDER BY f.id LIMIT 500 },
  firmCount: COUNT { (f:Firm)-[:LOCATED_IN]->(p) },
  projectIds: COLLECT { MATCH (x:Project)-[:IN]->(p) RETURN x.id ORDER BY x.id LIMIT 500 },
  projectCount: COUNT { (x:Project)-[:IN]->(p) }
} AS contents
