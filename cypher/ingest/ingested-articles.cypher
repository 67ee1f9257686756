// The articles kept for review, newest first, or one of them: each with its sentences and its
// proposals in the order of their sentences.
// $id: one article's Source id, or null for all of them.
// Returns one row per article: source (its id), sentences, proposals [{id, kind, status, fields (JSON),
//   shown (JSON), sentenceIndex, confidence, why (JSON), decidedBy, decidedAt (ISO date-time)}].
MATCH (s:Source {kind: 'article'})
WHERE s.ingested AND ($id IS NULL OR s.id = $id)
RETURN s.id AS source, s.sentences AS sentences,
       COLLECT {
         MATCH (x:ArticleProposal)-[:FROM]->(s)
         RETURN x {.id, .kind, .status, .fields, .shown, .sentenceIndex, .confidence, .why, .decidedBy,
                   decidedAt: toString(x.decidedAt)} AS proposal
         ORDER BY x.sentenceIndex, x.order
       } AS proposals
ORDER BY s.importedAt DESC, s.id
