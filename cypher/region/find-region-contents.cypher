// What lies in regions, their descendants included (a city covers its counties and their parks):
// the first 500 parks, firms and projects by id and how many there are in all. A region's own
// focuses and figures are read apart (region/find-region-facts): this reads every firm below it.
// $codes: list of short region codes.
// Returns one row per region found: contents {code, parkIds, parkCount, firmIds, firmCount,
//   projectIds, projectCount (each list at most 500, by id)}.
UNWIND $codes AS code
MATCH (r:Region {code: code})
CALL (r) {
  MATCH (sub:Region)-[:PART_OF*0..2]->(r)
  OPTIONAL MATCH (park:Park)-[:IN]->(sub)
  RETURN collect(DISTINCT sub) AS regions, collect(DISTINCT park) AS parks
}
WITH code, r, parks, regions + parks AS places
// Each firm's and project's id read once, for both the count and the first 500 (a province of the
// 1M-firm graph has 60,000 firms: two passes took half as long again).
CALL (places) {
  UNWIND places AS place
  MATCH (f:Firm)-[:LOCATED_IN]->(place)
  RETURN collect(DISTINCT f.id) AS firmIds
}
CALL (places) {
  UNWIND places AS place
  MATCH (p:Project)-[:IN]->(place)
  RETURN collect(DISTINCT p.id) AS projectIds
}
RETURN {code: code,
  parkIds: COLLECT { UNWIND parks AS park RETURN park.id AS id ORDER BY id LIMIT 500 },
  parkCount: size(parks),
  firmIds: COLLECT { UNWIND firmIds AS id RETURN id ORDER BY id LIMIT 500 },
  firmCount: size(firmIds),
  projectIds: COLLECT { UNWIND projectIds AS id RETURN id ORDER BY id LIMIT 500 },
  projectCount: size(projectIds)
} AS contents
