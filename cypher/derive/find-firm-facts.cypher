// Firms by id, with what derived analytics need of each (as page-firm-facts.cypher): the firms
// that run projects, for the incremental derive's producer counts. Deregistered firms are left out.
// $ids: firm ids.
// Returns: id, regionPath, parkId, segments [segment id], investments [yuan, 0 when unknown].
UNWIND $ids AS id
MATCH (f:Firm {id: id})
WHERE coalesce(f.status, '') <> 'deregistered'
RETURN f.id AS id, f.regionPath AS regionPath, f.parkId AS parkId,
       COLLECT { MATCH (f)-[:MAKES]->(s:Segment) RETURN s.id } AS segments,
       COLLECT { MATCH (f)<-[:BY]-(p:Project) RETURN toFloat(coalesce(p.investmentCny, 0)) } AS investments
