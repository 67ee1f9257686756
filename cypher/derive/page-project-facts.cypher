// One page of projects in id order, with where each is, the firm that runs it, its status and
// signing date and the segments it adds.
// $after: the last id of the previous page ('' for the first); $limit: the page size.
// Returns: id, firmId (null when not named), regionPath, parkId, status, signedOn ('YYYY-MM-DD' or null), segments [segment id].
MATCH (p:Project)
WHERE p.id > $after
WITH p ORDER BY p.id LIMIT $limit
RETURN p.id AS id, COLLECT { MATCH (p)-[:BY]->(f:Firm) RETURN f.id }[0] AS firmId, p.regionPath AS regionPath, p.parkId AS parkId, p.status AS status,
       CASE WHEN p.signedOn IS NULL THEN null ELSE toString(p.signedOn) END AS signedOn,
       COLLECT { MATCH (p)-[:ADDS]->(s:Segment) RETURN s.id } AS segments
