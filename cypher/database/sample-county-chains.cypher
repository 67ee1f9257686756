// For each county in $codes, the chain most of its firms (located in it or in its parks) make a
// segment of, ties by chain id: the benchmark's chain map and chain gaps requests ask for that
// chain in that county. Counties whose firms make no known segment are left out.
// $codes: short county codes.
// Returns: code, chainId, firms (how many of the county's firms make a segment of it), in code order.
UNWIND $codes AS code
MATCH (c:County {code: code})
CALL (c) {
  MATCH (c)<-[:LOCATED_IN]-(f:Firm)
  RETURN f
  UNION
  MATCH (c)<-[:IN]-(:Park)<-[:LOCATED_IN]-(f:Firm)
  RETURN f
}
MATCH (f)-[:MAKES]->(:Segment)-[:PART_OF]->(chain:Chain)
WITH code, chain.id AS chainId, count(DISTINCT f) AS firms
ORDER BY code, firms DESC, chainId
WITH code, collect({chainId: chainId, firms: firms})[0] AS top
RETURN code, top.chainId AS chainId, top.firms AS firms
ORDER BY code
