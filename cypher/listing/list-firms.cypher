// One page of the firms that match a filter, in the order asked, with the count and aggregates of
// the whole filtered set, for Query.firms.
// The place is every region below $filter.rootCodes with their parks (a city covers its counties
// and their parks), or the park $filter.parkId; a firm is in it when it is LOCATED_IN one of them.
// With no place given ($filter.everywhere) it is every firm that has a place, makes a segment, or
// runs a project that has a place or adds a segment: one scan of the label, not a walk from every
// province.
// $filter: a map (one parameter, so that one cached plan serves every combination of filters) of
//   rootCodes: short region codes ([] when parkId is given or everywhere); regionCode: the region asked for, or null;
//   parkId: a park id or null; everywhere: true when neither a region nor a park is given;
//   chainId, segmentId: ids or null; texts: lower-case forms of the text to find in searchText, or null;
//   statuses: registration statuses ('active', 'deregistered' …) of which a firm's `status` must be one, or null;
//   tag: lower-case text one of the firm's `tags` must contain, or null.
// $order: {field: 'NAME' | 'PROJECT_COUNT' | 'INVESTMENT', descending: boolean}; $skip, $limit: the page.
// $byChain: whether to count by chain, which reads the chains of every match; false leaves byChain [].
// Returns one row: regionKnown, parkKnown, chainKnown, segmentKnown (false when an id given is unknown),
//   total, pageIds (ids of the page, in order), byChain [{chainId, count}].
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
    MATCH (place)<-[:LOCATED_IN]-(f:Firm)
    RETURN f
    UNION ALL
    // Everywhere: rootCodes is empty then, so the branch above yields nothing.
    UNWIND CASE WHEN $filter.everywhere THEN [true] ELSE [] END AS everywhere
    MATCH (f:Firm)
    WHERE EXISTS { (f)-[:LOCATED_IN]->() }
      OR EXISTS { (f)-[:MAKES]->(:Segment) }
      OR EXISTS { (f)<-[:BY]-(p:Project) WHERE EXISTS { (p)-[:IN]->() } OR EXISTS { (p)-[:ADDS]->(:Segment) } }
    RETURN f
  }
  // Only now, with `places` out of the row: a UNION's DISTINCT over rows that still held the list
  // of every place compared that list for each firm (2.8 GiB, refused, for the whole country).
  // A firm in a park and in the park's region comes once.
  WITH DISTINCT f, segments
  WHERE ($filter.texts IS NULL OR any(text IN $filter.texts WHERE toLower(f.searchText) CONTAINS text))
    AND ($filter.statuses IS NULL OR f.status IN $filter.statuses)
    AND ($filter.tag IS NULL OR any(tag IN coalesce(f.tags, []) WHERE toLower(tag) CONTAINS $filter.tag))
    AND (segments IS NULL OR EXISTS { (f)-[:MAKES]->(s:Segment) WHERE s IN segments })
  RETURN collect(f) AS matches
}
// The page and the figures by chain each go over the matches once, so that no row of every match
// is ever held: the page keeps $skip + $limit rows (ORDER BY … LIMIT) and the figures one row per
// chain (holding a row of every firm with its chains was refused, past 2.8 GiB, at 1M firms).
CALL (matches) {
  UNWIND matches AS f
  // Only the branch of the order asked is worked out: reading every firm's projects when the order
  // is by name tripled the whole country's listing at 1M firms. A firm with no amount sorts last.
  WITH f, CASE $order.field
            WHEN 'PROJECT_COUNT' THEN COUNT { (f)<-[:BY]-(:Project) }
            WHEN 'INVESTMENT' THEN
              reduce(total = null, amount IN COLLECT { MATCH (f)<-[:BY]-(x:Project) WHERE x.investmentCny IS NOT NULL RETURN toFloat(x.investmentCny) }
                     | coalesce(total, 0.0) + amount)
            ELSE f.name
          END AS sortKey
  ORDER BY sortKey IS NULL,
           CASE WHEN $order.descending THEN null ELSE sortKey END,
           CASE WHEN $order.descending THEN sortKey END DESC,
           f.id
  SKIP $skip
  LIMIT $limit
  RETURN collect(f.id) AS pageIds
}
CALL (matches) {
  UNWIND CASE WHEN $byChain THEN matches ELSE [] END AS f
  CALL (f) {
    MATCH (f)-[:MAKES]->(:Segment)-[:PART_OF]->(c:Chain)
    RETURN DISTINCT c.id AS chainId
  }
  WITH chainId, count(*) AS count
  ORDER BY count DESC, chainId
  RETURN collect({chainId: chainId, count: count}) AS byChain
}
RETURN
  $filter.regionCode IS NULL OR region IS NOT NULL AS regionKnown,
  $filter.parkId IS NULL OR park IS NOT NULL AS parkKnown,
  $filter.chainId IS NULL OR chain IS NOT NULL AS chainKnown,
  $filter.segmentId IS NULL OR segment IS NOT NULL AS segmentKnown,
  size(matches) AS total,
  pageIds,
  byChain
