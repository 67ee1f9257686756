import { GraphQLError } from 'graphql';
import { InputError } from '../../../core/input-error.ts';
import { isIsoDate } from '../../../core/iso-date.ts';
import type { Database } from '../../../db/database.ts';
import { proposeArticle, type ArticleProposals } from '../../../ingest/propose-article.ts';
import { IngestInputError } from '../../../ingest/read/ingest-input-error.ts';
import { readArticle } from '../../../ingest/read/read-article.ts';
import type { ArticleInput, Language } from '../../generated/resolvers-types.ts';
import { langOf } from '../import-file/import-file.ts';

/**
 * Pasted text, read and checked as a file would be, then proposed. An article that cannot be read
 * (empty, too long, not Chinese) answers ARTICLE_REFUSED, in the asked language, with the reader's reason.
 */
export async function articleProposals(db: Database, input: ArticleInput, language: Language | null | undefined): Promise<ArticleProposals> {
  if (input.publishedOn != null && !isIsoDate(input.publishedOn)) {
    throw new InputError('BAD_DATE', `publishedOn: "${input.publishedOn.slice(0, 20)}" is not a date; write YYYY-MM-DD, such as 2024-05-23.`);
  }
  let article;
  try {
    article = await readArticle({ text: input.text });
  } catch (error) {
    if (!(error instanceof IngestInputError)) throw error;
    throw new GraphQLError(error.describe(langOf(language)), { extensions: { code: 'ARTICLE_REFUSED', reason: error.code } });
  }
  return proposeArticle(db, article, { publishedOn: input.publishedOn, title: input.title });
}
