// Chains by id with their segments and the places that focus on them, for the per-request chain loader.
// $ids: list of chain ids.
// Returns one row per chain found: chain {key, name, nameEn, basis, note, segmentIds,
//   focuses: [{chainId, parkId, regionCode, role, note, sources, evidence}]}.
UNWIND $ids AS id
MATCH (c:Chain {id: id})
RETURN c {key: c.id, .name, .nameEn, .basis, .note,
  segmentIds: COLLECT { MATCH (s:Segment)-[:PART_OF]->(c) RETURN s.id
                        ORDER BY CASE s.stage WHEN 'upstream' THEN 0 WHEN 'midstream' THEN 1 ELSE 2 END, s.id },
  focuses: COLLECT { MATCH (place)-[f:FOCUSES_ON]->(c)
                     RETURN f {chainId: c.id, parkId: CASE WHEN place:Park THEN place.id END,
                               regionCode: CASE WHEN place:Region THEN place.code END,
                               .role, .note, .sources, .evidence} }
} AS chain
