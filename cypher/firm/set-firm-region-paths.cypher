// Writes on each firm where it sits, from the most precise region up to the province
// (regionPath: ['360824', '3608', '36']) and its park (parkId), so that rankings by distance
// and co-location read a property instead of walking the region tree for every firm.
// Run by the seed loader after firms are placed. $ids: the firms to update.
// Returns nothing.
UNWIND $ids AS id
MATCH (f:Firm {id: id})
OPTIONAL MATCH (f)-[:LOCATED_IN]->(place)
OPTIONAL MATCH (place)-[:IN]->(parkRegion:Region)
WITH f, place, coalesce(parkRegion, CASE WHEN place:Region THEN place END) AS region
CALL (region) {
  OPTIONAL MATCH (region)-[:PART_OF*0..2]->(ancestor:Region)
  WITH ancestor ORDER BY size(ancestor.code) DESC
  RETURN collect(ancestor.code) AS path
}
SET f.regionPath = CASE WHEN size(path) = 0 THEN null ELSE path END,
    f.parkId = CASE WHEN place:Park THEN place.id END
