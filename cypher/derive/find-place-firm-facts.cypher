// The firms whose most precise region is one of these (located in it, or in a park in it), with
// what derived analytics need of each, as page-firm-facts.cypher gives them: the firms whose
// presence rows an import's incremental derive counts again. Deregistered firms are left out.
// $regions: region codes.
// Returns: id, regionPath, parkId, segments [segment id], investments [yuan, 0 when unknown].
UNWIND $regions AS code
MATCH (r:Region {code: code})
CALL (r) {
  MATCH (r)<-[:LOCATED_IN]-(f:Firm)
  RETURN f
  UNION
  MATCH (r)<-[:IN]-(:Park)<-[:LOCATED_IN]-(f:Firm)
  RETURN f
}
WITH DISTINCT f
WHERE coalesce(f.status, '') <> 'deregistered'
RETURN f.id AS id, f.regionPath AS regionPath, f.parkId AS parkId,
       COLLECT { MATCH (f)-[:MAKES]->(s:Segment) RETURN s.id } AS segments,
       COLLECT { MATCH (f)<-[:BY]-(p:Project) RETURN toFloat(coalesce(p.investmentCny, 0)) } AS investments
