import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import { deriveAfterImport } from '../../derive/derive-touched.ts';
import { readGraphGazetteer } from '../gazetteer/graph-gazetteer.ts';
import { namer } from '../propose-article.ts';
import type { ProposalKind } from '../proposal.ts';
import { planAccept } from './accept-fact.ts';
import { acceptedFields } from './accepted-fields.ts';
import { ingestedArticles, type ArticleReviewItem } from './ingested-articles.ts';
import { ArticleReviewError } from './review-error.ts';

const statements = {
  find: cypher('ingest/find-article-proposal'),
  decide: cypher('ingest/decide-article-proposal'),
};

export interface ArticleDecision {
  id: string;
  decision: 'accept' | 'reject';
  /** To accept: corrections laid over the proposed fields. */
  fields?: { name: string; value: string }[] | null;
  by: string;
  now?: Date;
}

interface Found {
  id: string;
  kind: ProposalKind;
  status: string;
  fields: string;
  source: string;
  sentence: string;
  decidedBy: string | null;
}

async function pending(run: (q: ReturnType<typeof cypher>, p: Record<string, unknown>) => Promise<Found[]>, id: string): Promise<Found> {
  const [found] = await run(statements.find, { id });
  if (!found) throw new ArticleReviewError('unknownProposal', { id });
  if (found.status !== 'pending') throw new ArticleReviewError('alreadyDecided', { id, status: found.status, by: found.decidedBy ?? '' });
  return found;
}

/**
 * Decides a pending proposal of a kept article. To accept, its fields (with a person's corrections)
 * are checked and its references read against the graph first; then its facts are written, the
 * decision recorded and the touched places' analytics derived again, in one write transaction, in
 * which the proposal is checked to be pending still. Rejecting writes the decision alone.
 * Returns the proposal as the review lists it.
 */
export async function decideArticleProposal(db: Database, decision: ArticleDecision): Promise<ArticleReviewItem> {
  const read = (q: ReturnType<typeof cypher>, p: Record<string, unknown>) => db.read<Found>(q, p);
  const found = await pending(read, decision.id);
  const at = (decision.now ?? new Date()).toISOString();
  const record = { id: decision.id, by: decision.by, at, fields: null as string | null, shown: null as string | null };
  if (decision.decision === 'reject') {
    if (decision.fields?.length) throw new ArticleReviewError('fieldsOnlyForAccept');
    await db.writeTransaction('ingest/decide-article-proposal', async (tx) => {
      await pending(tx.run, decision.id);
      await tx.run(statements.decide, { ...record, status: 'rejected' });
    });
  } else {
    const fields = acceptedFields(found.kind, JSON.parse(found.fields) as Record<string, unknown>, decision.fields ?? []);
    const gazetteer = await readGraphGazetteer(db);
    const plan = await planAccept(db, gazetteer, { id: found.id, kind: found.kind, fields, source: found.source, sentence: found.sentence, at });
    if (decision.fields?.length) {
      const name = namer(gazetteer);
      record.fields = JSON.stringify(fields);
      record.shown = JSON.stringify(Object.entries(fields).map(([field, value]) => ({ name: field, value: String(value), shown: name(field, String(value)) })));
    }
    await deriveAfterImport(db, plan.touched, async (tx) => {
      await pending(tx.run, decision.id);
      await plan.write(tx);
      await tx.run(statements.decide, { ...record, status: 'accepted' });
    });
  }
  const [article] = await ingestedArticles(db, found.source);
  return article!.proposals.find((p) => p.id === decision.id)!;
}
