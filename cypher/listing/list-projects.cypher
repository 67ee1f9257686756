// One page of the projects that match a filter, in the order asked, with the count and aggregates of
// the whole filtered set, for Query.projects.
// The place is every region below $filter.rootCodes with their parks (a city covers its counties
// and their parks), or the park $filter.parkId. With no place given ($filter.everywhere) it is every
// project that has a place, adds a segment, or whose firm has a place or makes a segment: one scan
// of the label, not a walk from every province (at 1M firms the walk took 150–300 ms, the scan 50–80).
// $filter: a map (one parameter, so that one cached plan serves every combination of filters) of
//   rootCodes: short region codes ([] when parkId is given or everywhere); regionCode: the region asked for, or null;
//   parkId: a park id or null; everywhere: true when neither a region nor a park is given;
//   chainId, segmentId: ids or null; statuses: stored status values, or null for any;
//   signedFrom, signedTo: 'YYYY-MM-DD' or null; minInvestmentCny, maxInvestmentCny: yuan or null;
//   texts: lower-case forms of the text to find in searchText, or null.
// $order: {field: 'SIGNED_ON' | 'INVESTMENT' | 'NAME', descending: boolean}; $skip, $limit: the page.
// $byChain: whether to count by chain, which reads the chains of every match; false leaves byChain [].
// Returns one row: regionKnown, parkKnown, chainKnown, segmentKnown (false when an id given is unknown),
//   total, pageIds (ids of the page, in order), totalInvestmentCny, withInvestmentCount,
//   byStatus [{status, count, withInvestmentCount, investmentCny}], byChain [{chainId, count, withInvestmentCount, investmentCny}].
// An amount is summed over the projects that have one, and is null where none has (sum() of no
// values is 0, which would read as nothing invested); withInvestmentCount says how many it covers.
OPTIONAL MATCH (region:Region {code: $filter.regionCode})
OPTIONAL MATCH (park:Park {id: $filter.parkId})
OPTIONAL MATCH (chain:Chain {id: $filter.chainId})
OPTIONAL MATCH (segment:Segment {id: $filter.segmentId})
CALL () {
  UNWIND $filter.rootCodes AS code
  MATCH (:Region {code: code})<-[:PART_OF*0..2]-(sub:Region)
  OPTIONAL MATCH (subPark:Park)-[:IN]->(sub)
  RETURN collect(DISTINCT sub) + collect(DISTINCT subPark) AS regionPlaces
}
WITH region, park, chain, segment,
  regionPlaces + [p IN [park] WHERE p IS NOT NULL AND
    ($filter.regionCode IS NULL OR EXISTS { (p)-[:IN]->(:Region)-[:PART_OF*0..2]->(region) })] AS places,
  // The segments a chain or segment filter allows; null for no such filter.
  CASE
    WHEN $filter.segmentId IS NOT NULL THEN
      [s IN [segment] WHERE s IS NOT NULL AND ($filter.chainId IS NULL OR EXISTS { (s)-[:PART_OF]->(chain) })]
    WHEN $filter.chainId IS NOT NULL THEN COLLECT { MATCH (chain)<-[:PART_OF]-(s:Segment) RETURN s }
  END AS segments
CALL (places, segments) {
  CALL (places) {
    UNWIND places AS place
    MATCH (place)<-[:IN]-(p:Project)
    RETURN p
    UNION ALL
    // Everywhere: rootCodes is empty then, so the branch above yields nothing.
    UNWIND CASE WHEN $filter.everywhere THEN [true] ELSE [] END AS everywhere
    MATCH (p:Project)
    WHERE EXISTS { (p)-[:IN]->() }
      OR EXISTS { (p)-[:ADDS]->(:Segment) }
      OR EXISTS { (p)-[:BY]->(f:Firm) WHERE EXISTS { (f)-[:LOCATED_IN]->() } OR EXISTS { (f)-[:MAKES]->(:Segment) } }
    RETURN p
  }
  // Only now, with `places` out of the row: a UNION's DISTINCT over rows that still held the list
  // of every place compared that list for each project (2.8 GiB, refused, for the whole country).
  // A project in a park and in the park's region comes once.
  WITH DISTINCT p, segments
  WHERE ($filter.statuses IS NULL OR p.status IN $filter.statuses)
    AND ($filter.signedFrom IS NULL OR p.signedOn >= date($filter.signedFrom))
    AND ($filter.signedTo IS NULL OR p.signedOn <= date($filter.signedTo))
    AND ($filter.minInvestmentCny IS NULL OR p.investmentCny >= $filter.minInvestmentCny)
    AND ($filter.maxInvestmentCny IS NULL OR p.investmentCny <= $filter.maxInvestmentCny)
    AND ($filter.texts IS NULL OR any(text IN $filter.texts WHERE toLower(p.searchText) CONTAINS text))
    AND (segments IS NULL
         OR EXISTS { (p)-[:ADDS]->(s:Segment) WHERE s IN segments }
         OR ($filter.segmentId IS NULL AND p.chain = $filter.chainId))
  RETURN collect(p) AS matches
}
// The page, the figures by status and the figures by chain each go over the matches once, so that
// no row of every match is ever held: the page keeps $skip + $limit rows (ORDER BY … LIMIT) and the
// figures one row per status or chain, for the whole country's 120,000 projects at 1M firms too.
CALL (matches) {
  UNWIND matches AS p
  WITH p, CASE $order.field
            WHEN 'SIGNED_ON' THEN p.signedOn
            WHEN 'INVESTMENT' THEN p.investmentCny
            ELSE p.name
          END AS sortKey
  ORDER BY sortKey IS NULL,
           CASE WHEN $order.descending THEN null ELSE sortKey END,
           CASE WHEN $order.descending THEN sortKey END DESC,
           p.id
  SKIP $skip
  LIMIT $limit
  RETURN collect(p.id) AS pageIds
}
CALL (matches) {
  UNWIND matches AS p
  WITH p.status AS status, count(*) AS count, count(p.investmentCny) AS withInvestmentCount, sum(toFloat(p.investmentCny)) AS summed
  ORDER BY CASE status
             WHEN 'negotiating' THEN 0 WHEN 'signed' THEN 1 WHEN 'under_construction' THEN 2
             WHEN 'in_production' THEN 3 WHEN 'completed' THEN 4 ELSE 5
           END
  RETURN collect({status: status, count: count, withInvestmentCount: withInvestmentCount,
                  investmentCny: CASE WHEN withInvestmentCount > 0 THEN summed END}) AS byStatus
}
CALL (matches) {
  UNWIND CASE WHEN $byChain THEN matches ELSE [] END AS p
  // A project counts once for each chain it adds a segment of or names; a named chain that is not
  // in the graph is dropped after grouping, when there is one row per chain left to look up.
  WITH p, COLLECT { MATCH (p)-[:ADDS]->(:Segment)-[:PART_OF]->(c:Chain) RETURN DISTINCT c.id } AS viaSegments
  UNWIND CASE WHEN p.chain IS NULL OR p.chain IN viaSegments THEN viaSegments ELSE viaSegments + p.chain END AS chainId
  WITH chainId, count(*) AS count, count(p.investmentCny) AS withInvestmentCount, sum(toFloat(p.investmentCny)) AS summed
  WHERE EXISTS { (:Chain {id: chainId}) }
  ORDER BY count DESC, chainId
  RETURN collect({chainId: chainId, count: count, withInvestmentCount: withInvestmentCount,
                  investmentCny: CASE WHEN withInvestmentCount > 0 THEN summed END}) AS byChain
}
RETURN
  $filter.regionCode IS NULL OR region IS NOT NULL AS regionKnown,
  $filter.parkId IS NULL OR park IS NOT NULL AS parkKnown,
  $filter.chainId IS NULL OR chain IS NOT NULL AS chainKnown,
  $filter.segmentId IS NULL OR segment IS NOT NULL AS segmentKnown,
  size(matches) AS total,
  pageIds,
  reduce(total = null, amount IN [group IN byStatus WHERE group.investmentCny IS NOT NULL | group.investmentCny]
         | coalesce(total, 0.0) + amount) AS totalInvestmentCny,
  reduce(n = 0, group IN byStatus | n + group.withInvestmentCount) AS withInvestmentCount,
  byStatus,
  byChain
