// Parks by id, for the per-request park loader: what a park is and where it lies. What lies in
// it comes from park/find-park-contents, read only when a request asks for it.
// $ids: list of park ids.
// Returns one row per park found: park {key, name, aliases, level, note, sources, evidence, regionCode}.
UNWIND $ids AS id
MATCH (p:Park {id: id})
OPTIONAL MATCH (p)-[:IN]->(r:Region)
RETURN p {key: p.id, .name, .aliases, .level, .note, .sources, .evidence, regionCode: r.code} AS park
