// The places an import touched, with every place above them: for each region, its code and its
// ancestors' (most precise first); for each park, the path of the region it lies in.
// $regions: region codes; $parks: park ids.
// Returns one row per region or park found: region (its code, or null for a park), park (its id, or null), path [region codes, most precise first].
UNWIND $regions AS code
MATCH (r:Region {code: code})
CALL (r) {
  MATCH (r)-[:PART_OF*0..2]->(a:Region)
  WITH a ORDER BY size(a.code) DESC
  RETURN collect(a.code) AS path
}
RETURN r.code AS region, null AS park, path
UNION ALL
UNWIND $parks AS id
MATCH (p:Park {id: id})
OPTIONAL MATCH (p)-[:IN]->(r:Region)
CALL (r) {
  OPTIONAL MATCH (r)-[:PART_OF*0..2]->(a:Region)
  WITH a ORDER BY size(a.code) DESC
  RETURN collect(a.code) AS path
}
RETURN null AS region, p.id AS park, path
