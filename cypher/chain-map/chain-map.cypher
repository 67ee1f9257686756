// A chain laid out for a place: each segment with what the place has of it, read from the derived
// presence rows (core/presence.ts), with the figures the sources give of it there; what the
// sources say of the chain as a whole in the place and below it (its focuses and figures); the
// complete rosters that cover the place (core/coverage.ts: only they make a segment MISSING);
// and the FEEDS links of the chain (inside it, and the cross-chain ones at its edges).
// $chainId; $place: the place's presence key (a region code, 'park:<id>' or '*');
// $regionCode, $parkId: the place itself (both null for the whole country);
// $firmsPerSegment: how many firm ids to return per segment.
// Returns one row: segments [{key, stage, firmCount, producerCount, firmIds, projectCount,
//   projects [{key, status}], statuses, statusCounts, figures [observation]}] in stage order,
//   focuses [{chainId, regionCode, parkId, role, note, sources, evidence}], figures [observation],
//   rosters [{key, title, scope}], links [{from, to, crossChain}].
MATCH (c:Chain {id: $chainId})
OPTIONAL MATCH (root:Region {code: $regionCode})
OPTIONAL MATCH (park:Park {id: $parkId})
// The regions and parks whose own statements count for the place: the park, or the region and
// every region and park below it; null for the whole country, where every place's count.
WITH c, root, park,
  CASE WHEN park IS NOT NULL THEN [park]
       WHEN root IS NOT NULL THEN COLLECT { MATCH (r:Region)-[:PART_OF*0..2]->(root) RETURN r }
                                  + COLLECT { MATCH (p:Park)-[:IN]->(:Region)-[:PART_OF*0..2]->(root) RETURN p }
  END AS holders
CALL (c, holders) {
  MATCH (s:Segment)-[:PART_OF]->(c)
  OPTIONAL MATCH (pr:Presence {place: $place, segment: s.id})
  WITH s, pr
  ORDER BY CASE s.stage WHEN 'upstream' THEN 0 WHEN 'midstream' THEN 1 ELSE 2 END, s.id
  RETURN collect({
    key: s.id, stage: s.stage,
    firmCount: coalesce(pr.firmCount, 0),
    producerCount: coalesce(pr.producerCount, 0),
    firmIds: coalesce(pr.firmIds, [])[..$firmsPerSegment],
    projectCount: coalesce(pr.projectCount, 0),
    projects: [i IN range(0, size(coalesce(pr.projectIds, [])) - 1) | {key: pr.projectIds[i], status: pr.projectStatuses[i]}],
    statuses: coalesce(pr.statuses, []),
    statusCounts: coalesce(pr.statusCounts, []),
    figures: COLLECT { MATCH (h)-[:REPORTED]->(o:Observation {segment: s.id})
                       WHERE holders IS NULL OR h IN holders
                       RETURN o {.*, key: o.id, regionCode: CASE WHEN h:Region THEN h.code END, parkId: CASE WHEN h:Park THEN h.id END} AS o
                       ORDER BY o.indicator, o.period, o.key }
  }) AS segments
}
RETURN segments,
  COLLECT { MATCH (h)-[f:FOCUSES_ON]->(c)
            WHERE holders IS NULL OR h IN holders
            RETURN f {chainId: c.id, regionCode: CASE WHEN h:Region THEN h.code END, parkId: CASE WHEN h:Park THEN h.id END,
                      .role, .note, .sources, .evidence} AS focus
            ORDER BY focus.regionCode, focus.parkId } AS focuses,
  COLLECT { MATCH (h)-[:REPORTED]->(o:Observation {chain: c.id})
            WHERE o.segment IS NULL AND (holders IS NULL OR h IN holders)
            RETURN o {.*, key: o.id, regionCode: CASE WHEN h:Region THEN h.code END, parkId: CASE WHEN h:Park THEN h.id END} AS o
            ORDER BY o.indicator, o.period, o.key } AS figures,
  COLLECT { MATCH (roster:Roster {complete: true})-[:COVERS]->(x)
            WHERE (park IS NOT NULL AND (x = park OR EXISTS { (park)-[:IN]->(:Region)-[:PART_OF*0..2]->(x) }))
               OR (root IS NOT NULL AND EXISTS { (root)-[:PART_OF*0..2]->(x) })
            RETURN roster {key: roster.id, .title, .scope} AS roster
            ORDER BY roster.key } AS rosters,
  COLLECT { MATCH (a:Segment)-[:FEEDS]->(b:Segment)
            WHERE (a)-[:PART_OF]->(c) OR (b)-[:PART_OF]->(c)
            RETURN {from: a.id, to: b.id, crossChain: NOT ((a)-[:PART_OF]->(c) AND (b)-[:PART_OF]->(c))} AS link
            ORDER BY link.from, link.to } AS links
