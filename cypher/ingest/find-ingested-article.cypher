// Whether an article with this id (the hash of its text) is kept already.
// $id: the article's Source id.
// Returns one row when it is: id.
MATCH (s:Source {id: $id, kind: 'article'})
WHERE s.ingested
RETURN s.id AS id
