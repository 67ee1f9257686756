// What the ranking of extension opportunities needs, in one round trip, from the derived presence
// and relatedness rows (seed/derive/): every segment one FEEDS hop from what the place has (of the
// chain $chainId only, when given) that the place has nothing of, with the place's density for it,
// Σ_{i in has} φ(i, j) / Σ_k φ(k, j), and its leads (the place's segments next to it, with the
// link's direction, their proximity, and how much the place has of them: producers and projects).
// Each candidate's stored row of φ is read once and added up here, so only answers cross the wire.
// $place: the place's presence key (a region code, 'park:<id>' or '*'); $chainId: a chain id or null.
// Returns one row: has (how many segments the place has), units (how many regions the proximities
//   were counted over; 0 before any load), candidates [{segment, density, leads [{have, downstream,
//   crossChain, proximity, strength}]}], chainKnown (false when $chainId names no chain).
CALL () {
  MATCH (pr:Presence {place: $place})
  OPTIONAL MATCH (row:SegmentRelatedness {segment: pr.segment})
  RETURN count(pr) AS has, collect(row.index) AS hasIndex
}
CALL (hasIndex) {
  MATCH (pr:Presence {place: $place})
  MATCH (s:Segment {id: pr.segment})-[feed:FEEDS]-(other:Segment)
  WHERE ($chainId IS NULL OR EXISTS { (s)-[:PART_OF]->(:Chain {id: $chainId}) })
    AND NOT EXISTS { MATCH (:Presence {place: $place, segment: other.id}) }
  OPTIONAL MATCH (haveRow:SegmentRelatedness {segment: s.id})
  WITH other, collect(DISTINCT {have: s.id, haveIndex: haveRow.index, downstream: startNode(feed) = s,
                                crossChain: NOT EXISTS { (s)-[:PART_OF]->(:Chain)<-[:PART_OF]-(other) },
                                strength: coalesce(pr.producerCount, 0) + pr.projectCount}) AS leads
  OPTIONAL MATCH (row:SegmentRelatedness {segment: other.id})
  WITH other, leads, row.phi AS phi, row.phiTotal AS phiTotal
  RETURN collect({
    segment: other.id,
    density: CASE WHEN phi IS NULL OR phiTotal = 0 THEN 0.0 ELSE reduce(near = 0.0, i IN hasIndex | near + phi[i]) / phiTotal END,
    leads: [lead IN leads | {have: lead.have, downstream: lead.downstream, crossChain: lead.crossChain,
                             proximity: coalesce(phi[lead.haveIndex], 0.0), strength: lead.strength}]
  }) AS candidates
}
RETURN has, coalesce(COLLECT { MATCH (r:SegmentRelatedness) RETURN r.units LIMIT 1 }[0], 0) AS units, candidates,
       $chainId IS NULL OR EXISTS { MATCH (:Chain {id: $chainId}) } AS chainKnown
