import { GraphQLError } from 'graphql';
import type { Lang } from '../../../core/user-facing-error.ts';
import { ArticleReviewError } from '../../../ingest/review/review-error.ts';

/** Runs a decision or an undo on a kept article, its refusals said as REVIEW_REFUSED in the user's language. */
export async function reviewing<T>(lang: Lang, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ArticleReviewError) throw new GraphQLError(error.describe(lang), { extensions: { code: 'REVIEW_REFUSED', reason: error.code } });
    throw error;
  }
}
