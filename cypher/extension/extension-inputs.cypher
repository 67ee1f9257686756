// What the product-space ranking of extension opportunities needs, in one round trip:
// - presence: for every region, the segments its firms make or its projects add (co-location across all regions);
// - has: the segments firms in the place make or its projects add;
// - links: FEEDS links between one of those and a segment the place lacks, with the link's direction.
// The place is every region below $regionCodes (with their parks), or the park $parkId.
// $regionCodes: region codes (all province codes for everywhere, [] for a park); $parkId: a park id or null.
// Returns one row: presence [{unit, segments}], has [segment id], links [{have, candidate, downstream, crossChain}].
CALL () {
  UNWIND $regionCodes AS code
  MATCH (:Region {code: code})<-[:PART_OF*0..2]-(sub:Region)
  OPTIONAL MATCH (park:Park)-[:IN]->(sub)
  RETURN collect(DISTINCT sub) + collect(DISTINCT park) AS regionPlaces
}
CALL () {
  OPTIONAL MATCH (park:Park {id: $parkId})
  RETURN collect(park) AS parkPlaces
}
WITH regionPlaces + parkPlaces AS places
CALL (places) {
  UNWIND places AS place
  CALL (place) {
    MATCH (place)<-[:LOCATED_IN]-(:Firm)-[:MAKES]->(s:Segment) RETURN s
    UNION
    MATCH (place)<-[:IN]-(:Project)-[:ADDS]->(s:Segment) RETURN s
  }
  RETURN collect(DISTINCT s.id) AS has
}
CALL (has) {
  UNWIND has AS id
  MATCH (s:Segment {id: id})-[feed:FEEDS]-(other:Segment)
  WHERE NOT other.id IN has
  RETURN collect(DISTINCT {have: s.id, candidate: other.id, downstream: startNode(feed) = s,
                           crossChain: NOT EXISTS { (s)-[:PART_OF]->(:Chain)<-[:PART_OF]-(other) }}) AS links
}
CALL () {
  MATCH (r:Region)
  CALL (r) {
    MATCH (r)<-[:LOCATED_IN]-(:Firm)-[:MAKES]->(s:Segment) RETURN s
    UNION
    MATCH (r)<-[:IN]-(:Park)<-[:LOCATED_IN]-(:Firm)-[:MAKES]->(s:Segment) RETURN s
    UNION
    MATCH (r)<-[:IN]-(:Project)-[:ADDS]->(s:Segment) RETURN s
    UNION
    MATCH (r)<-[:IN]-(:Park)<-[:IN]-(:Project)-[:ADDS]->(s:Segment) RETURN s
  }
  WITH r.code AS unit, collect(DISTINCT s.id) AS segments
  RETURN collect({unit: unit, segments: segments}) AS presence
}
RETURN presence, has, links
