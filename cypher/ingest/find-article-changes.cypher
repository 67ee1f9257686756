// A kept article and what accepting its proposals did to the graph (its ImportChange records,
// written as an import's are), for its undo.
// $id: the article's Source id.
// Returns at most one row: title, proposals (how many it has), changes [{label, key, op, previous (JSON or null), at (ISO date-time)}].
MATCH (s:Source {id: $id, kind: 'article'})
WHERE s.ingested
RETURN s.title AS title,
       COUNT { (:ArticleProposal)-[:FROM]->(s) } AS proposals,
       COLLECT { MATCH (s)-[:CHANGED]->(c:ImportChange) RETURN c {.label, .key, .op, .previous, .at} AS change ORDER BY c.at } AS changes
