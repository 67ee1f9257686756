// Chains by id with their segments, for the per-request chain loader (the places that focus on a
// chain are chain/find-chain-focuses: hundreds of them at national scale, read only when asked).
// $ids: list of chain ids.
// Returns one row per chain found: chain {key, name, nameEn, basis, note, segmentIds}.
UNWIND $ids AS id
MATCH (c:Chain {id: id})
RETURN c {key: c.id, .name, .nameEn, .basis, .note,
  segmentIds: COLLECT { MATCH (s:Segment)-[:PART_OF]->(c) RETURN s.id
                        ORDER BY CASE s.stage WHEN 'upstream' THEN 0 WHEN 'midstream' THEN 1 ELSE 2 END, s.id }
} AS chain
