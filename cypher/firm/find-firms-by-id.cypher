// Firms by id with their place, products, projects and firm-to-firm relations, for the per-request firm loader.
// $ids: list of firm ids.
// Returns one row per firm found: firm {key, name, aliases, note, sources, evidence, parkId, regionCode,
//   inRegionCode (the region it or its park lies in, from regionPath), makeIds, projectIds,
//   relations: [{type, outgoing, otherId, note, sources, evidence}]}.
UNWIND $ids AS id
MATCH (f:Firm {id: id})
OPTIONAL MATCH (f)-[:LOCATED_IN]->(place)
RETURN f {key: f.id, .name, .aliases, .note, .sources, .evidence,
  parkId: CASE WHEN place:Park THEN place.id END,
  regionCode: CASE WHEN place:Region THEN place.code END,
  inRegionCode: f.regionPath[0],
  makeIds: COLLECT { MATCH (f)-[:MAKES]->(s:Segment) RETURN s.id ORDER BY s.id },
  projectIds: COLLECT { MATCH (x:Project)-[:BY]->(f) RETURN x.id ORDER BY x.id },
  relations: COLLECT { MATCH (f)-[r:SUPPLIES|ACQUIRES|RESTRUCTURES]-(other:Firm)
                       RETURN r {type: type(r), outgoing: startNode(r) = f, otherId: other.id, .note, .sources, .evidence} AS relation
                       ORDER BY relation.type, relation.otherId }
} AS firm
