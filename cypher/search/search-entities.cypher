// Entities whose name, aliases or pinyin match a fulltext query, best first: exact matches of a
// whole name or alias first, then by Lucene's score, then the better-connected entity (a county
// with firms and figures before a namesake with none), then the shorter name.
// $query: a Lucene query built by api/modules/search/lucene-query.ts (user text escaped);
// $exact: lower-cased forms that count as an exact match; $types: labels to keep; $limit: how many.
// Returns: hit {type, key, name, score}.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 1000}) YIELD node, score
WITH node, score, [label IN labels(node) WHERE label IN $types][0] AS type
WHERE type IS NOT NULL
WITH node, score, type,
     any(line IN split(toLower(coalesce(node.searchText, node.name)), '\n') WHERE line IN $exact) AS exact,
     COUNT { (node)--() } AS degree
RETURN {type: type, key: coalesce(node.id, node.code), name: node.name, score: score} AS hit
ORDER BY exact DESC, score DESC, degree DESC, size(node.name), node.name
LIMIT $limit
