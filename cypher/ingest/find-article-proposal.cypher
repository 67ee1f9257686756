// A proposal of a kept article, with what accepting it needs of the article: its title and date,
// and the sentence the proposal came from (its evidence).
// $id: the proposal's id.
// Returns at most one row: id, kind, status, fields (JSON), decidedBy, source (the article's Source id), sentence.
MATCH (x:ArticleProposal {id: $id})-[:FROM]->(s:Source)
RETURN x.id AS id, x.kind AS kind, x.status AS status, x.fields AS fields, x.decidedBy AS decidedBy, s.id AS source,
       s.sentences[x.sentenceIndex] AS sentence
