// Writes on each project where it is, from the most precise region up to the province
// (regionPath) and its park (parkId); see firm/set-firm-region-paths.cypher.
// $ids: the projects to update (in negotiation or not: project/label-projects.cypher).
// Returns nothing.
UNWIND $ids AS id
OPTIONAL MATCH (open:Project {id: id})
OPTIONAL MATCH (sealed:ConfidentialProject {id: id})
WITH coalesce(open, sealed) AS p
WHERE p IS NOT NULL
OPTIONAL MATCH (p)-[:IN]->(place)
OPTIONAL MATCH (place)-[:IN]->(parkRegion:Region)
WITH p, place, coalesce(parkRegion, CASE WHEN place:Region THEN place END) AS region
CALL (region) {
  OPTIONAL MATCH (region)-[:PART_OF*0..2]->(ancestor:Region)
  WITH ancestor ORDER BY size(ancestor.code) DESC
  RETURN collect(ancestor.code) AS path
}
SET p.regionPath = CASE WHEN size(path) = 0 THEN null ELSE path END,
    p.parkId = CASE WHEN place:Park THEN place.id END
