import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { readConfig } from '../core/config.ts';
import { isIsoDate } from '../core/iso-date.ts';
import { reportFatal } from '../core/report-fatal.ts';
import { UserFacingError } from '../core/user-facing-error.ts';
import { openDatabase, type OpenDatabase } from '../db/open-database.ts';
import type { Lang } from '../import/messages.ts';
import { importer } from '../import/import-file.ts';
import { describeKept, printProposals } from './print-proposals.ts';
import { keepArticle } from './review/keep-article.ts';
import { proposeArticle } from './propose-article.ts';
import { IngestInputError } from './read/ingest-input-error.ts';
import { readArticle } from './read/read-article.ts';

const USAGE = 'npm run ingest -- FILE [--published YYYY-MM-DD] [--source-title TITLE] [--json] [--keep [--by NAME]] [--lang zh|en]';

const isoDate = z.string().refine(isIsoDate, 'must be a date written YYYY-MM-DD, such as 2024-05-23');

const optionsSchema = z.object({
  file: z.string({ error: 'name the article file (.txt, .html or .docx)' }),
  published: isoDate.optional(),
  sourceTitle: z.string().trim().min(1, 'must not be empty').optional(),
  json: z.boolean().default(false),
  keep: z.boolean().default(false),
  by: z.string().trim().min(1, 'must not be empty').optional(),
  lang: z.enum(['zh', 'en']).default('zh'),
});

/** A command line that cannot be read: told with the usage. */
class UsageError extends Error {}

function readOptions(argv: string[]) {
  let parsedArgs;
  try {
    parsedArgs = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { published: { type: 'string' }, 'source-title': { type: 'string' }, json: { type: 'boolean' }, keep: { type: 'boolean' }, by: { type: 'string' }, lang: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}\n${USAGE}`);
  }
  const { values, positionals } = parsedArgs;
  const parsed = optionsSchema.safeParse({ ...values, file: positionals[0], sourceTitle: values['source-title'] });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const option = issue.path[0] === 'file' ? '' : `--${String(issue.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} `;
    throw new UsageError(`${option}${issue.message}\n${USAGE}`);
  }
  return parsed.data;
}

/**
 * `npm run ingest -- FILE`: reads an article (Simplified or Traditional; .txt, .html or .docx),
 * proposes the facts it states against the graph (the bundled Neo4j of CHAIN_ATLAS_HOME, joining
 * the one `npm start` runs, or NEO4J_URI), and prints them grouped by sentence; `--json` prints
 * them as JSON instead. It writes nothing, unless `--keep`: then the article is kept for review
 * (ingest/review/keep-article.ts), as the 导入文章 page keeps it, and the page's address is said.
 */
async function main(argv: string[]): Promise<number> {
  let database: OpenDatabase | undefined;
  let lang: Lang = 'zh';
  try {
    const options = readOptions(argv);
    lang = options.lang;
    const article = await readArticle({ bytes: await readFile(options.file), fileName: path.basename(options.file) });
    database = await openDatabase(readConfig(), (line) => console.error(line), { joinRunning: true });
    const read = await proposeArticle(database.db, article, { publishedOn: options.published, title: options.sourceTitle });
    if (options.json) {
      const proposals = read.proposals.map(({ shown: _, ...proposal }) => proposal);
      console.log(JSON.stringify({ article: { file: path.basename(options.file), title: read.title, publishedOn: read.publishedOn, script: read.script }, proposals }, null, 2));
    } else {
      console.log(printProposals(read.proposals, lang));
    }
    if (options.keep) {
      const kept = await keepArticle(database.db, read, { text: article.text, file: path.basename(options.file), by: importer(options) });
      console.error(describeKept(kept, lang));
    }
    return 0;
  } catch (error) {
    if (error instanceof IngestInputError) console.error(`chain-atlas ingest: ${error.describe(lang)}`);
    else if (error instanceof UsageError || error instanceof UserFacingError) console.error(`chain-atlas ingest: ${error.message}`);
    else if ((error as NodeJS.ErrnoException).code === 'ENOENT') console.error(`chain-atlas ingest: ${(error as Error).message}`);
    else reportFatal(error);
    return 2;
  } finally {
    await database?.close().catch(() => undefined);
  }
}

process.exitCode = await main(process.argv.slice(2));
