// The projects the graph holds of one investor in one place, under either label: an article's
// project is one of them when it is the only one (articles name a project in many ways: 年产100亿粒
// 胶囊项目, 赣南制药胶囊项目), so that accepting it does not duplicate it.
// $firm: the investor's id; $park: a park's id, or null; $region: a region's code, or null (one of the two).
// Returns one row per project found: id, name.
MATCH (f:Firm {id: $firm})<-[:BY]-(p)
WHERE (p:Project OR p:ConfidentialProject)
  AND EXISTS { (p)-[:IN]->(place) WHERE place.id = $park OR place.code = $region OR EXISTS { (place)-[:IN]->(:Region {code: $region}) } }
RETURN p.id AS id, p.name AS name
ORDER BY id
