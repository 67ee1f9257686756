// Firms outside a place that make the segments it lacks, nearest first (same city, then same
// province, then elsewhere, then those whose location is unknown), then those with a distinction
// among their roster tags ($rankingTags: 专精特新, 小巨人 …), then by strength: projects, their
// investment, segments made. A firm in the place, or with a project in it, is no candidate: it is
// already there or coming, and the place's pipeline shows it; nor is a firm whose registration
// status is one of $excludedStatuses (deregistered: 注销, 吊销).
// The derived presence rows of the city, the province and the country list their firms strongest
// first (core/presence.ts), so each level is read from a stored list (at most FIRMS_KEPT firms),
// not from every firm that makes the segment.
// $segmentIds: the gap segments; $scopeCode: the place's region code (firms under it are the place's
// own, not candidates) or null; $parkId: the place's park or null; $cityCode, $provinceCode: the
// place's city and province (null when the place is itself that wide); $limit: candidates per segment;
// $excludedStatuses: registration statuses that are never candidates; $rankingTags: words a tag
// contains to rank its firm up (api/modules/chain-gaps/candidate-rules.ts).
// Returns one row per segment: segmentId, candidates [{firmId, distance (0 city, 1 province,
//   2 elsewhere, 3 location unknown), rankingTags (the firm's tags that contain one of $rankingTags),
//   projectCount, investmentCny (over the projects with an amount, null when none has one),
//   withInvestmentCount, segmentCount}].
UNWIND $segmentIds AS segmentId
CALL (segmentId) {
  UNWIND [[$cityCode, 0], [$provinceCode, 1], ['*', 2]] AS level
  WITH level WHERE level[0] IS NOT NULL
  MATCH (pr:Presence {place: level[0], segment: segmentId})
  UNWIND range(0, size(pr.firmIds) - 1) AS rank
  MATCH (f:Firm {id: pr.firmIds[rank]})
  WITH f, level[1] AS distance, rank
  WHERE NOT coalesce(f.status IN $excludedStatuses, false)
    AND NOT coalesce($scopeCode IN f.regionPath, false)
    AND ($parkId IS NULL OR coalesce(f.parkId, '') <> $parkId)
    AND NOT (distance = 1 AND coalesce($cityCode IN f.regionPath, false))
    AND NOT (distance = 2 AND coalesce($provinceCode IN f.regionPath, false))
    AND NOT EXISTS { MATCH (f)<-[:BY]-(x:Project)
                     WHERE coalesce($scopeCode IN x.regionPath, false) OR ($parkId IS NOT NULL AND x.parkId = $parkId) }
  WITH f, CASE WHEN distance = 2 AND f.regionPath IS NULL THEN 3 ELSE distance END AS distance, rank,
       [tag IN coalesce(f.tags, []) WHERE any(word IN $rankingTags WHERE tag CONTAINS word)] AS rankingTags
  ORDER BY distance, size(rankingTags) = 0, rank
  LIMIT $limit
  WITH f, distance, rank, rankingTags,
       COUNT { (f)<-[:BY]-(:Project) } AS projectCount,
       COLLECT { MATCH (f)<-[:BY]-(p:Project) WHERE p.investmentCny IS NOT NULL RETURN p.investmentCny } AS amounts,
       COUNT { (f)-[:MAKES]->(:Segment) } AS segmentCount
  ORDER BY distance, size(rankingTags) = 0, rank
  RETURN collect({firmId: f.id, distance: distance, rankingTags: rankingTags, projectCount: projectCount,
                  investmentCny: reduce(total = null, amount IN amounts | coalesce(total, 0) + amount),
                  withInvestmentCount: size(amounts),
                  segmentCount: segmentCount}) AS candidates
}
RETURN segmentId, candidates
