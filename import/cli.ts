import { parseArgs } from 'node:util';
import { z } from 'zod';
import { reportFatal } from '../core/report-fatal.ts';
import { IMPORT_KINDS } from './columns/fields.ts';
import { ImportError } from './import-error.ts';
import { describeImportError, type Lang } from './messages.ts';
import { previewFile } from './preview.ts';
import { printPreview } from './print-preview.ts';

const USAGE = `npm run import -- FILE [--kind firms|projects] [--sheet NAME] [--encoding GBK] [--map FIELD=HEADER]… [--accept-bad-check-digit] [--lang zh|en] [--dry-run]`;

const optionsSchema = z.object({
  file: z.string({ error: `give the file to import: ${USAGE}` }),
  kind: z.enum(IMPORT_KINDS).optional(),
  sheet: z.string().optional(),
  encoding: z.string().optional(),
  map: z.array(z.string()).default([]),
  acceptBadCheckDigit: z.boolean().default(false),
  lang: z.enum(['zh', 'en']).default('zh'),
  dryRun: z.boolean().default(false),
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
      lang: { type: 'string' },
      'dry-run': { type: 'boolean' },
    },
  });
  const parsed = optionsSchema.safeParse({
    ...values,
    file: positionals[0],
    acceptBadCheckDigit: values['accept-bad-check-digit'],
    dryRun: values['dry-run'],
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`${issue.path.join('.') ? `--${issue.path.join('.')}: ` : ''}${issue.message}\n${USAGE}`);
  }
  return parsed.data;
}

const notWritten: Record<Lang, string> = {
  zh: '写入图谱尚未实现（下一步加入）：以上仅为预览，数据库未改动。请加 --dry-run 只做预览。',
  en: 'Writing to the graph is not built yet (the next step adds it): the above is a preview only, and the database is unchanged. Add --dry-run to preview.',
};

/** `npm run import -- FILE …`: reads and checks a roster or ledger, and prints the preview. */
async function main(argv: string[]): Promise<number> {
  let lang: Lang = 'zh';
  try {
    const options = readOptions(argv);
    lang = options.lang;
    const preview = await previewFile(options.file, options);
    console.log(printPreview(preview, lang));
    if (options.dryRun) return 0;
    console.error(notWritten[lang]);
    return 1;
  } catch (error) {
    if (error instanceof ImportError) console.error(`chain-atlas import: ${describeImportError(error.code, error.params, lang)}`);
    else if (error instanceof UsageError) console.error(`chain-atlas import: ${error.message}`);
    else if ((error as NodeJS.ErrnoException).code === 'ENOENT') console.error(`chain-atlas import: ${(error as Error).message}`);
    else reportFatal(error);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
