// Deletes an import's Source and its change records, once its undo has restored the graph.
// $id: the import's Source id.
// Returns nothing.
MATCH (s:Source {id: $id, kind: 'import'})
OPTIONAL MATCH (s)-[:CHANGED]->(c:ImportChange)
DETACH DELETE c, s
