import { access } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { readConfig } from '../core/config.ts';
import { reportFatal } from '../core/report-fatal.ts';
import { UserFacingError } from '../core/user-facing-error.ts';
import { applySchema } from '../db/apply-schema.ts';
import { openDatabase, type OpenDatabase } from '../db/open-database.ts';
import { IMPORT_KINDS } from './columns/fields.ts';
import type { ImportProgress } from './import-file.ts';
import { ImportError } from './import-error.ts';
import { importWithSavedColumns } from './layouts/column-layouts.ts';
import { listImports } from './list-imports.ts';
import { describeImportError, type Lang } from './messages.ts';
import { printImport, printImportList, printUndo } from './print-import.ts';
import { undoImport } from './undo/undo-import.ts';

const USAGE = `npm run import -- FILE [--kind firms|projects] [--sheet NAME] [--encoding GBK] [--map FIELD=HEADER]… [--accept-bad-check-digit] [--industry-edition 2017|2011]
                       [--complete-for PLACE --scope "规上工业企业" [--as-of 2024-12-31]] [--by NAME] [--lang zh|en] [--dry-run]
       npm run import -- --list
       npm run import -- --undo ID`;

const optionsSchema = z
  .object({
    file: z.string().optional(),
    kind: z.enum(IMPORT_KINDS).optional(),
    sheet: z.string().optional(),
    encoding: z.string().optional(),
    map: z.array(z.string()).default([]),
    acceptBadCheckDigit: z.boolean().default(false),
    industryEdition: z.enum(['2017', '2011']).transform((e) => Number(e) as 2017 | 2011).optional(),
    completeFor: z.string().optional(),
    scope: z.string().optional(),
    asOf: z.string().optional(),
    by: z.string().min(1).optional(),
    lang: z.enum(['zh', 'en']).default('zh'),
    dryRun: z.boolean().default(false),
    list: z.boolean().default(false),
    undo: z.string().optional(),
  })
  .refine((o) => [o.file !== undefined, o.list, o.undo !== undefined].filter(Boolean).length === 1, {
    message: 'give one of: the file to import, --list, or --undo ID',
  })
  .refine((o) => (o.completeFor === undefined) === (o.scope === undefined) && (o.asOf === undefined || o.completeFor !== undefined), {
    message: '--complete-for and --scope go together (and --as-of only with them)',
    path: ['complete-for'],
  });

/** A command line that cannot be read: told with the usage. */
class UsageError extends Error {}

function readOptions(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      sheet: { type: 'string' },
      encoding: { type: 'string' },
      map: { type: 'string', multiple: true },
      'accept-bad-check-digit': { type: 'boolean' },
      'industry-edition': { type: 'string' },
      'complete-for': { type: 'string' },
      scope: { type: 'string' },
      'as-of': { type: 'string' },
      by: { type: 'string' },
      lang: { type: 'string' },
      'dry-run': { type: 'boolean' },
      list: { type: 'boolean' },
      undo: { type: 'string' },
    },
  });
  const parsed = optionsSchema.safeParse({
    ...values,
    file: positionals[0],
    acceptBadCheckDigit: values['accept-bad-check-digit'],
    industryEdition: values['industry-edition'],
    completeFor: values['complete-for'],
    asOf: values['as-of'],
    dryRun: values['dry-run'],
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`${issue.path.join('.') ? `--${issue.path.join('.')}: ` : ''}${issue.message}\n${USAGE}`);
  }
  return parsed.data;
}

type Options = ReturnType<typeof readOptions>;

const progressLabels = {
  zh: {
    reading: (p: ImportProgress, dryRun: boolean) => `已读取 ${p.rowsRead.toLocaleString('en')} 行，已${dryRun ? '比对' : '写入'} ${p.rowsPlanned.toLocaleString('en')} 行…`,
    deriving: () => '重算派生数据（分布与关联度）…',
  },
  en: {
    reading: (p: ImportProgress, dryRun: boolean) => `${p.rowsRead.toLocaleString('en')} rows read, ${p.rowsPlanned.toLocaleString('en')} ${dryRun ? 'compared' : 'written'}…`,
    deriving: () => 'deriving presence and relatedness again…',
  },
};

/** How far the import is, on stderr (stdout keeps the preview alone): at most a line a second, and each new phase. */
function progressPrinter(lang: Lang, dryRun: boolean): (progress: ImportProgress) => void {
  let last = performance.now();
  let phase: ImportProgress['phase'] = 'reading';
  return (progress) => {
    const now = performance.now();
    if (progress.phase === 'done' || (progress.phase === phase && now - last < 1_000)) return;
    last = now;
    phase = progress.phase;
    console.error(progress.phase === 'reading' ? progressLabels[lang].reading(progress, dryRun) : progressLabels[lang].deriving());
  };
}

async function run(options: Options, database: OpenDatabase): Promise<void> {
  const { db } = database;
  if (options.list) {
    console.log(printImportList(await listImports(db), options.lang));
    return;
  }
  if (options.undo !== undefined) {
    console.log(printUndo(await undoImport(db, options.undo), options.lang));
    return;
  }
  const outcome = await importWithSavedColumns(db, options.file!, {
    ...options,
    onProgress: progressPrinter(options.lang, options.dryRun),
    completeFor: options.completeFor === undefined ? undefined : { place: options.completeFor, scope: options.scope!, asOf: options.asOf ?? null },
  });
  console.log(printImport(outcome, options.lang, options.dryRun));
}

/**
 * `npm run import -- FILE …`: reads and checks a roster or ledger, compares it with the graph,
 * prints the preview and writes it (unless --dry-run); `--list` and `--undo ID` for past imports.
 * Writes to the bundled Neo4j of CHAIN_ATLAS_HOME (joining the one `npm start` runs there), or NEO4J_URI.
 */
async function main(argv: string[]): Promise<number> {
  let lang: Lang = 'zh';
  let database: OpenDatabase | undefined;
  try {
    const options = readOptions(argv);
    lang = options.lang;
    if (options.file !== undefined) await access(options.file);
    database = await openDatabase(readConfig(), (line) => console.error(line), { joinRunning: true });
    await applySchema(database.db);
    await run(options, database);
    return 0;
  } catch (error) {
    if (error instanceof ImportError) console.error(`chain-atlas import: ${describeImportError(error.code, error.params, lang)}`);
    else if (error instanceof UsageError) console.error(`chain-atlas import: ${error.message}`);
    else if ((error as NodeJS.ErrnoException).code === 'ENOENT') console.error(`chain-atlas import: ${(error as Error).message}`);
    else if (error instanceof UserFacingError) console.error(`chain-atlas import: ${error.message}`);
    else reportFatal(error);
    return 2;
  } finally {
    await database?.close().catch(() => undefined);
  }
}

process.exitCode = await main(process.argv.slice(2));
