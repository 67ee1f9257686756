// The subjects the web app's screens are opened on, to plan their statements at start and to time
// them on a synthetic graph: the two counties with the most firms (located in them or in their
// parks), the first one's city and province when it has them, its park with the most firms (else
// the graph's), a chain it focuses on (else the first chain), and a firm of that park with a
// segment it makes (else the first firm that makes one). Ties go by code or id, so that one graph
// always gives the same subjects. Only the seed's few facts lack some of them (its busiest county
// has no park); a synthetic graph has them all.
// Returns one row: countyCode, otherCountyCode, cityCode, provinceCode (null when the county sits
//   right under its province, or is one), parkId, chainId, firmId, segmentId; null where the graph
//   has no such subject.
CALL () {
  MATCH (county:County)
  WITH county, COUNT { MATCH (county)<-[:IN*0..1]-()<-[:LOCATED_IN]-(f:Firm) RETURN f } AS firms
  ORDER BY firms DESC, county.code
  LIMIT 2
  RETURN collect(county) AS top
}
WITH top[0] AS county, top[1].code AS otherCountyCode
OPTIONAL MATCH (county)-[:PART_OF]->(city:Region {level: 'city'})
OPTIONAL MATCH (county)-[:PART_OF*1..2]->(province:Region {level: 'province'})
CALL (county) {
  OPTIONAL MATCH (park:Park)
  WITH park
  ORDER BY EXISTS { (park)-[:IN]->(county) } DESC, COUNT { (park)<-[:LOCATED_IN]-(:Firm) } DESC, park.id
  LIMIT 1
  RETURN park
}
CALL (county) {
  OPTIONAL MATCH (chain:Chain)
  WITH chain
  ORDER BY EXISTS { (county)-[:FOCUSES_ON]->(chain) } DESC, chain.id
  LIMIT 1
  RETURN chain
}
CALL (park) {
  OPTIONAL MATCH (park)<-[:LOCATED_IN]-(f:Firm)-[:MAKES]->(:Segment)
  WITH f ORDER BY f.id LIMIT 1
  RETURN f AS parkFirm
}
// Only when the park has none: the first firm in id order, read from the id index, not sorted.
CALL (parkFirm) {
  OPTIONAL MATCH (f:Firm)
  WHERE parkFirm IS NULL AND f.id IS NOT NULL AND EXISTS { (f)-[:MAKES]->(:Segment) }
  WITH f ORDER BY f.id LIMIT 1
  RETURN coalesce(parkFirm, f) AS firm
}
CALL (firm) {
  OPTIONAL MATCH (firm)-[:MAKES]->(s:Segment)
  WITH s ORDER BY s.id LIMIT 1
  RETURN s AS segment
}
RETURN county.code AS countyCode, otherCountyCode, city.code AS cityCode, province.code AS provinceCode,
       park.id AS parkId, chain.id AS chainId, firm.id AS firmId, segment.id AS segmentId
