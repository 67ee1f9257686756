import { createHash } from 'node:crypto';
import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import type { ArticleProposals, ShownProposal } from '../propose-article.ts';

const statements = {
  find: cypher('ingest/find-ingested-article'),
  keep: cypher('ingest/ingest-article'),
};

/** An article kept for review: the id of its Source, and whether this call kept it (false: it was kept already). */
export interface KeptArticle {
  id: string;
  created: boolean;
}

/** An article's Source id: the hash of its text, so the same article kept twice is one Source. */
export function articleSourceId(text: string): string {
  return `article-${createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 12)}`;
}

/**
 * The proposals a person reviews: the same fact read again in a later sentence is the first one's
 * (a region named in 40 sentences is one place to confirm, not 40), so it is reviewed once.
 */
function onceEach(proposals: ShownProposal[]): ShownProposal[] {
  const seen = new Set<string>();
  return proposals.filter((p) => {
    const key = p.kind === 'place' ? `place:${p.fields.region}` : `${p.kind}:${JSON.stringify(p.fields)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Keeps an article and its proposals, each fact once, for review in one write transaction (ingest-article.cypher);
 * the graph's facts are untouched until a person accepts a proposal. An article kept already
 * (same text) is answered as it is, its decisions kept.
 */
export function keepArticle(db: Database, article: ArticleProposals, kept: { text: string; file: string | null; by: string; now?: Date }): Promise<KeptArticle> {
  const id = articleSourceId(kept.text);
  return db.writeTransaction('ingest/ingest-article', async (tx) => {
    if ((await tx.run(statements.find, { id })).length > 0) return { id, created: false };
    await tx.run(statements.keep, {
      source: {
        id,
        title: article.title ?? article.sentences[0]?.slice(0, 60) ?? id,
        publishedOn: article.publishedOn,
        script: article.script,
        file: kept.file ?? `${id}.txt`,
        text: kept.text,
        sentences: article.sentences,
        importedAt: (kept.now ?? new Date()).toISOString(),
        importedBy: kept.by,
      },
      proposals: onceEach(article.proposals).map((p, order) => ({
        id: `${id}-p${order + 1}`,
        order,
        kind: p.kind,
        fields: JSON.stringify(p.fields),
        shown: JSON.stringify(p.shown),
        sentenceIndex: p.sentenceIndex,
        confidence: p.confidence,
        why: JSON.stringify(p.why),
      })),
    });
    return { id, created: true };
  });
}
