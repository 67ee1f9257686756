// A chain's segments with what a place has of each, read from the derived presence rows
// (core/presence.ts), and the FEEDS links of the chain (inside it, and the cross-chain
// ones at its edges).
// $chainId; $place: the place's presence key (a region code, 'park:<id>' or '*');
// $firmsPerSegment: how many firm ids to return per segment.
// Returns one row: segments [{key, stage, firmCount, firmIds, projectCount, projects [{key, status}],
//   statuses, statusCounts}] in stage order, links [{from, to, crossChain}].
MATCH (c:Chain {id: $chainId})
CALL (c) {
  MATCH (s:Segment)-[:PART_OF]->(c)
  OPTIONAL MATCH (pr:Presence {place: $place, segment: s.id})
  WITH s, pr
  ORDER BY CASE s.stage WHEN 'upstream' THEN 0 WHEN 'midstream' THEN 1 ELSE 2 END, s.id
  RETURN collect({
    key: s.id, stage: s.stage,
    firmCount: coalesce(pr.firmCount, 0),
    firmIds: coalesce(pr.firmIds, [])[..$firmsPerSegment],
    projectCount: coalesce(pr.projectCount, 0),
    projects: [i IN range(0, size(coalesce(pr.projectIds, [])) - 1) | {key: pr.projectIds[i], status: pr.projectStatuses[i]}],
    statuses: coalesce(pr.statuses, []),
    statusCounts: coalesce(pr.statusCounts, [])
  }) AS segments
}
RETURN segments,
  COLLECT { MATCH (a:Segment)-[:FEEDS]->(b:Segment)
            WHERE (a)-[:PART_OF]->(c) OR (b)-[:PART_OF]->(c)
            RETURN {from: a.id, to: b.id, crossChain: NOT ((a)-[:PART_OF]->(c) AND (b)-[:PART_OF]->(c))} AS link
            ORDER BY link.from, link.to } AS links
