// Deletes a kept article once its undo has given the graph back: its Source, its proposals, its
// change records and the statements it alone was the source of.
// $id: the article's Source id.
// Returns nothing.
MATCH (s:Source {id: $id, kind: 'article'})
WHERE s.ingested
CALL (s) {
  MATCH (x:ArticleProposal)-[:FROM]->(s)
  DETACH DELETE x
}
CALL (s) {
  MATCH (s)-[:CHANGED]->(c:ImportChange)
  DETACH DELETE c
}
CALL (s) {
  MATCH (st:Statement)-[:FROM]->(s)
  DETACH DELETE st
}
DETACH DELETE s
