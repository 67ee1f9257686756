import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import { InputError } from '../../../core/input-error.ts';
import { isIsoDate } from '../../../core/iso-date.ts';
import type { Database } from '../../../db/database.ts';
import { proposeArticle, type ArticleProposals } from '../../../ingest/propose-article.ts';
import { IngestInputError } from '../../../ingest/read/ingest-input-error.ts';
import { readArticle, type ArticleSource } from '../../../ingest/read/read-article.ts';
import type { ArticleInput, Language } from '../../generated/resolvers-types.ts';
import { fileOf, langOf } from '../import-file/import-file.ts';

/** What the API answers of an article: its proposals, and the uploaded file's name (null for pasted text). */
export type ArticleProposalsMapper = ArticleProposals & { file: string | null };

/** An article read and proposed: what articleProposals answers, and the text read (which ingestArticle keeps). */
export type ReadArticle = ArticleProposalsMapper & { text: string };

/** The article as given: pasted text, or an uploaded file's bytes and name (NOT_FOUND when the upload is gone). */
async function sourceOf(uploadsDir: string, input: ArticleInput): Promise<{ source: ArticleSource; file: string | null }> {
  if ((input.text == null) === (input.upload == null)) {
    throw new GraphQLError('Give the article as `text` or as an `upload`, one of the two.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (input.text != null) return { source: { text: input.text }, file: null };
  const file = await fileOf(uploadsDir, input.upload!);
  return { source: { bytes: await readFile(file), fileName: path.basename(file) }, file: path.basename(file) };
}

/**
 * An article, read and checked, then proposed. One that cannot be read (empty, too long, not
 * Chinese, not text) answers ARTICLE_REFUSED, in the asked language, with the reader's reason.
 */
export async function articleProposals(db: Database, uploadsDir: string, input: ArticleInput, language: Language | null | undefined): Promise<ReadArticle> {
  if (input.publishedOn != null && !isIsoDate(input.publishedOn)) {
    throw new InputError('BAD_DATE', `publishedOn: "${input.publishedOn.slice(0, 20)}" is not a date; write YYYY-MM-DD, such as 2024-05-23.`);
  }
  const { source, file } = await sourceOf(uploadsDir, input);
  let article;
  try {
    article = await readArticle(source);
  } catch (error) {
    if (!(error instanceof IngestInputError)) throw error;
    throw new GraphQLError(error.describe(langOf(language)), { extensions: { code: 'ARTICLE_REFUSED', reason: error.code } });
  }
  return { ...(await proposeArticle(db, article, { publishedOn: input.publishedOn, title: input.title })), file, text: article.text };
}
