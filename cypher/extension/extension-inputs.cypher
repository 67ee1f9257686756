// What the product-space ranking of extension opportunities needs, in one round trip, from the
// derived presence and relatedness rows (seed/derive/):
// - has: the segments firms in the place make or its projects add;
// - links: FEEDS links between one of those and a segment the place lacks, with the link's direction;
// - related: the stored proximity row of every segment so reached.
// $place: the place's presence key (a region code, 'park:<id>' or '*').
// Returns one row: has [segment id], links [{have, candidate, downstream, crossChain}],
//   related [{segment, relatedIds, relatedPhi, phiTotal}].
CALL () {
  MATCH (pr:Presence {place: $place})
  RETURN collect(pr.segment) AS has
}
CALL (has) {
  UNWIND has AS id
  MATCH (s:Segment {id: id})-[feed:FEEDS]-(other:Segment)
  WHERE NOT other.id IN has
  RETURN collect(DISTINCT {have: s.id, candidate: other.id, downstream: startNode(feed) = s,
                           crossChain: NOT EXISTS { (s)-[:PART_OF]->(:Chain)<-[:PART_OF]-(other) }}) AS links
}
CALL (links) {
  UNWIND links AS link
  WITH DISTINCT link.candidate AS id
  MATCH (r:SegmentRelatedness {segment: id})
  RETURN collect(r {.segment, .relatedIds, .relatedPhi, .phiTotal}) AS related
}
RETURN has, links, related
