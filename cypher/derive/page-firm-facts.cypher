// One page of firms in id order, with what derived analytics need of each: where it is, the
// segments it makes and the investment of each of its projects. A deregistered firm (注销/吊销) is
// left out: it keeps its MAKES, but makes nothing any more, so it is neither a producer in the
// presence rows nor a candidate (gap candidates are read from those rows' firmIds).
// $after: the last id of the previous page ('' for the first); $limit: the page size.
// Returns: id, regionPath, parkId, segments [segment id], investments [yuan, 0 when unknown].
MATCH (f:Firm)
WHERE f.id > $after AND coalesce(f.status, '') <> 'deregistered'
WITH f ORDER BY f.id LIMIT $limit
RETURN f.id AS id, f.regionPath AS regionPath, f.parkId AS parkId,
       COLLECT { MATCH (f)-[:MAKES]->(s:Segment) RETURN s.id } AS segments,
       COLLECT { MATCH (f)<-[:BY]-(p:Project) RETURN toFloat(coalesce(p.investmentCny, 0)) } AS investments
