// The places the web app's screens are tried on over a synthetic graph: the two counties with the
// most firms (located in them or in their parks), the first one's city and province when it has
// them, its park with the most firms, a chain it focuses on, and one of that park's firms with a
// segment it makes. Ties go by code or id, so that one graph always gives the same places.
// Returns at most one row: countyCode, otherCountyCode, cityCode, provinceCode (null when the
//   county sits right under its province, or is one), parkId, chainId, firmId, segmentId.
MATCH (county:County)
WITH county, COUNT { MATCH (county)<-[:IN*0..1]-()<-[:LOCATED_IN]-(f:Firm) RETURN f } AS firms
ORDER BY firms DESC, county.code
WITH collect(county)[0..2] AS top
WITH top[0] AS county, top[1].code AS otherCountyCode
OPTIONAL MATCH (county)-[:PART_OF]->(city:Region {level: 'city'})
OPTIONAL MATCH (county)-[:PART_OF*1..2]->(province:Region {level: 'province'})
MATCH (park:Park)-[:IN]->(county)
WITH county, otherCountyCode, city, province, park
ORDER BY COUNT { (park)<-[:LOCATED_IN]-(:Firm) } DESC, park.id
LIMIT 1
MATCH (county)-[:FOCUSES_ON]->(chain:Chain)
WITH county, otherCountyCode, city, province, park, chain ORDER BY chain.id LIMIT 1
MATCH (park)<-[:LOCATED_IN]-(firm:Firm)-[:MAKES]->(segment:Segment)
WITH county, otherCountyCode, city, province, park, chain, firm, segment ORDER BY firm.id, segment.id LIMIT 1
RETURN county.code AS countyCode, otherCountyCode, city.code AS cityCode, province.code AS provinceCode,
       park.id AS parkId, chain.id AS chainId, firm.id AS firmId, segment.id AS segmentId
