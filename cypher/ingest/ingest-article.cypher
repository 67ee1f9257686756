// Keeps an article for review: its Source (kind 'article', `ingested`, with its text and sentences,
// who kept it and when) and its proposals, pending, each -[:FROM]-> the Source. Nothing else is
// written until a person accepts a proposal (ingest/review/decide-article-proposal.ts).
// $source: {id, title, publishedOn ('YYYY-MM-DD' or null), script ('simplified'|'traditional'), file,
//   text, sentences, importedAt (ISO date-time), importedBy}.
// $proposals: list of {id, kind, fields (JSON), shown (JSON), sentenceIndex, confidence, why (JSON)}.
// Returns nothing.
CREATE (s:Source {id: $source.id})
SET s += $source, s.kind = 'article', s.ingested = true,
    s.publishedOn = CASE WHEN $source.publishedOn IS NULL THEN null ELSE date($source.publishedOn) END,
    s.importedAt = datetime($source.importedAt)
WITH s
UNWIND $proposals AS row
CREATE (x:ArticleProposal)-[:FROM]->(s)
SET x = row, x.source = s.id, x.status = 'pending'
