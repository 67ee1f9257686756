// Firms outside a place that make the segments it lacks, nearest first (same city, then same
// province, then anywhere), then by evidence of strength: projects, their investment, segments made.
// $segmentIds: the gap segments; $scopeCode: the place's region code (firms under it are the place's
// own, not candidates) or null; $parkId: the place's park or null; $cityCode, $provinceCode: the
// place's city and province (null when the place is itself that wide); $limit: candidates per segment.
// Returns one row per segment: segmentId, candidates [{firmId, distance (0 city, 1 province, 2 elsewhere),
//   projectCount, investmentCny, segmentCount}].
UNWIND $segmentIds AS segmentId
MATCH (s:Segment {id: segmentId})
CALL (s) {
  MATCH (f:Firm)-[:MAKES]->(s)
  WHERE NOT coalesce($scopeCode IN f.regionPath, false) AND ($parkId IS NULL OR coalesce(f.parkId, '') <> $parkId)
  WITH f,
       CASE WHEN $cityCode IS NOT NULL AND $cityCode IN coalesce(f.regionPath, []) THEN 0
            WHEN $provinceCode IS NOT NULL AND $provinceCode IN coalesce(f.regionPath, []) THEN 1
            ELSE 2 END AS distance,
       COLLECT { MATCH (f)<-[:BY]-(p:Project) RETURN p.investmentCny } AS investments,
       COUNT { (f)-[:MAKES]->(:Segment) } AS segmentCount
  WITH f, distance, size(investments) AS projectCount,
       reduce(total = 0, amount IN investments | total + coalesce(amount, 0)) AS investmentCny, segmentCount
  ORDER BY distance, projectCount DESC, investmentCny DESC, segmentCount DESC, f.id
  LIMIT $limit
  RETURN collect({firmId: f.id, distance: distance, projectCount: projectCount,
                  investmentCny: investmentCny, segmentCount: segmentCount}) AS candidates
}
RETURN segmentId, candidates
