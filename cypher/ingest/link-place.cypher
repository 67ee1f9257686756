// An accepted place proposal: the article speaks of this region, as the sentence says.
// $source: the article's Source id; $region: the region's code; $evidence: the sentence.
// Returns nothing.
MATCH (s:Source {id: $source})
MATCH (r:Region {code: $region})
MERGE (s)-[a:ABOUT]->(r)
SET a.evidence = CASE WHEN $evidence IN coalesce(a.evidence, []) THEN a.evidence ELSE coalesce(a.evidence, []) + $evidence END
