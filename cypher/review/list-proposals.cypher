// One page of the review queue: the proposals a filter selects, pending ones first, then the most
// confident, then by id, with how many the filter selects; their items are read by find-proposals.
// A filter on the import or the status starts from its index; with neither, from the Proposal label
// (proposals only, never firms or projects).
// $filter: {status ('pending'|'accepted'|'rejected'|'moved'), import (a Source id), kind ('makes'|'adds'),
//   chain (a chain id)}, each null for no such filter (one map, so one cached plan serves every combination).
// $after: {status, confidence, id} of the last proposal of the page before, or null for the first page;
// $first: the page's size.
// Returns one row: total (the proposals the filter selects), page [{id, status, confidence}], in order.
CALL () {
  MATCH (x:Proposal) WHERE x.import = $filter.import
  RETURN x
  UNION ALL
  MATCH (x:Proposal) WHERE $filter.import IS NULL AND x.status = $filter.status
  RETURN x
  UNION ALL
  MATCH (x:Proposal) WHERE $filter.import IS NULL AND $filter.status IS NULL
  RETURN x
}
WITH x
WHERE ($filter.status IS NULL OR x.status = $filter.status)
  AND ($filter.kind IS NULL OR x.kind = $filter.kind)
  AND ($filter.chain IS NULL OR EXISTS { (x)-[:TO]->(:Segment)-[:PART_OF]->(:Chain {id: $filter.chain}) })
WITH x, CASE x.status WHEN 'pending' THEN 0 ELSE 1 END AS rank
ORDER BY rank, x.confidence DESC, x.id
WITH collect({id: x.id, status: x.status, confidence: x.confidence, rank: rank}) AS selected,
     CASE $after.status WHEN 'pending' THEN 0 ELSE 1 END AS afterRank
RETURN size(selected) AS total,
       [k IN selected
        WHERE $after IS NULL
           OR k.rank > afterRank
           OR (k.rank = afterRank AND (k.confidence < $after.confidence OR (k.confidence = $after.confidence AND k.id > $after.id)))
        | k {.id, .status, .confidence}][..$first] AS page
