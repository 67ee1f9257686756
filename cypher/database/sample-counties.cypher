// Counties that have firms (located in the county or in one of its parks), for the benchmark's
// neighbourhood, extension and search requests: at most $count, spread evenly in code order, so
// that one graph always yields the same sample. Counties with synthetic firms (synthetic: true)
// are preferred when the graph has any; otherwise any firm counts (the real seed).
// $count: how many counties at most (a positive integer).
// Returns: code, name per row, in code order.
WITH EXISTS { MATCH (s:Firm) WHERE s.synthetic = true } AS preferSynthetic
MATCH (c:County)
WHERE EXISTS { MATCH (c)<-[:LOCATED_IN]-(f:Firm) WHERE NOT preferSynthetic OR f.synthetic = true }
   OR EXISTS { MATCH (c)<-[:IN]-(:Park)<-[:LOCATED_IN]-(f:Firm) WHERE NOT preferSynthetic OR f.synthetic = true }
WITH c
ORDER BY c.code
WITH collect(c {.code, .name}) AS counties
UNWIND range(0, $count - 1) AS i
WITH counties, toInteger(floor(i * toFloat(size(counties)) / $count)) AS at
WHERE at < size(counties)
WITH DISTINCT counties[at] AS county
RETURN county.code AS code, county.name AS name
ORDER BY code
