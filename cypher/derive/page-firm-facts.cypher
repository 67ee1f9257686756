// One page of firms in id order, with what derived analytics need of each: where it is, the
// segments it makes and the investment of each of its projects.
// $after: the last id of the previous page ('' for the first); $limit: the page size.
// Returns: id, regionPath, parkId, segments [segment id], investments [yuan, 0 when unknown].
MATCH (f:Firm)
WHERE f.id > $after
WITH f ORDER BY f.id LIMIT $limit
RETURN f.id AS id, f.regionPath AS regionPath, f.parkId AS parkId,
       COLLECT { MATCH (f)-[:MAKES]->(s:Segment) RETURN s.id } AS segments,
       COLLECT { MATCH (f)<-[:BY]-(p:Project) RETURN toFloat(coalesce(p.investmentCny, 0)) } AS investments
