import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import type { ShownField } from '../propose-article.ts';
import type { ProposalKind } from '../proposal.ts';
import type { Reason } from '../reasons.ts';

const ingestedArticlesQuery = cypher('ingest/ingested-articles');

export type ArticleProposalStatus = 'pending' | 'accepted' | 'rejected';

/** A proposal of a kept article as the review lists it. */
export interface ArticleReviewItem {
  id: string;
  kind: ProposalKind;
  status: ArticleProposalStatus;
  fields: Record<string, unknown>;
  shown: ShownField[];
  sentenceIndex: number;
  confidence: number;
  why: Reason[];
  decidedBy: string | null;
  decidedAt: string | null;
}

/** A kept article: its Source id, its sentences, its proposals. */
export interface IngestedArticle {
  source: string;
  sentences: string[];
  proposals: ArticleReviewItem[];
}

interface Row {
  source: string;
  sentences: string[];
  proposals: (Omit<ArticleReviewItem, 'fields' | 'shown' | 'why'> & { fields: string; shown: string; why: string })[];
}

/** The proposal as stored (its fields, shown names and reasons as JSON), parsed. */
export function reviewItemOf(row: Row['proposals'][number]): ArticleReviewItem {
  return { ...row, fields: JSON.parse(row.fields) as Record<string, unknown>, shown: JSON.parse(row.shown) as ShownField[], why: JSON.parse(row.why) as Reason[] };
}

/** The articles kept for review, newest first; or the one with this Source id (none when it is not kept). */
export async function ingestedArticles(db: Database, id: string | null = null): Promise<IngestedArticle[]> {
  const rows = await db.read<Row>(ingestedArticlesQuery, { id });
  return rows.map((row) => ({ source: row.source, sentences: row.sentences, proposals: row.proposals.map(reviewItemOf) }));
}
