// Entities whose name or aliases match a fulltext query, best first.
// $query: a Lucene query built by api/modules/search/lucene-query.ts (user text escaped);
// $types: labels to keep (['Firm', 'Park', …]); $limit: how many.
// Returns: hit {type, key, name, score}.
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WITH node, score, [label IN labels(node) WHERE label IN $types][0] AS type
WHERE type IS NOT NULL
RETURN {type: type, key: coalesce(node.id, node.code), name: node.name, score: score} AS hit
ORDER BY score DESC, hit.name
LIMIT $limit
