// What the product-space ranking of extension opportunities needs, in one round trip, from the
// derived presence and relatedness rows (seed/derive/):
// - has: the segments firms in the place make or its projects add;
// - links: FEEDS links between one of those and a segment the place lacks, with the link's
//   direction and the proximity φ of the two segments;
// - densities: for every segment so reached, the place's density Σ_{i in has} φ(i, j) / Σ_k φ(k, j),
//   added up here from the stored rows, so that only the answer crosses the wire.
// $place: the place's presence key (a region code, 'park:<id>' or '*').
// Returns one row: has [segment id], links [{have, candidate, downstream, crossChain, proximity}],
//   densities [{segment, density}].
CALL () {
  MATCH (pr:Presence {place: $place})
  RETURN collect(pr.segment) AS has
}
CALL (has) {
  UNWIND has AS id
  MATCH (r:SegmentRelatedness {segment: id})
  RETURN collect(r.index) AS hasIndex
}
CALL (has) {
  UNWIND has AS id
  MATCH (s:Segment {id: id})-[feed:FEEDS]-(other:Segment)
  WHERE NOT other.id IN has
  OPTIONAL MATCH (haveRow:SegmentRelatedness {segment: s.id})
  OPTIONAL MATCH (otherRow:SegmentRelatedness {segment: other.id})
  RETURN collect(DISTINCT {have: s.id, candidate: other.id, downstream: startNode(feed) = s,
                           crossChain: NOT EXISTS { (s)-[:PART_OF]->(:Chain)<-[:PART_OF]-(other) },
                           proximity: coalesce(otherRow.phi[haveRow.index], 0.0)}) AS links
}
CALL (links, hasIndex) {
  UNWIND links AS link
  WITH DISTINCT link.candidate AS id
  OPTIONAL MATCH (row:SegmentRelatedness {segment: id})
  RETURN collect({segment: id,
                  density: CASE WHEN row IS NULL OR row.phiTotal = 0 THEN 0.0
                                ELSE reduce(near = 0.0, i IN hasIndex | near + row.phi[i]) / row.phiTotal END}) AS densities
}
RETURN has, links, densities
