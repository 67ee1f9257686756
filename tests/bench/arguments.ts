import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../../core/config.ts';
import { UserFacingError } from '../../core/user-facing-error.ts';
import { benchOptionsSchema, type BenchOptions } from './options.ts';

export const usage =
  'Usage: npm run bench -- --firms N [--out FILE] [--iterations I] [--duration S] [--connections C]\n' +
  '  development: --uri bolt://HOST:PORT --password P [--user U] benchmarks that database instead of a synthetic home;\n' +
  '  --warmup W (20), --samples K (50), --no-peer';

export interface BenchArguments {
  options: BenchOptions;
  /** Where the JSON goes. */
  out: string;
}

export const resultsDir = path.join(projectRoot, 'tests', 'bench', 'results');

/** Reads the command line into runBenchmark's options; any mistake is one UserFacingError sentence. */
export function parseBenchArguments(argv: string[]): BenchArguments {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        firms: { type: 'string' },
        out: { type: 'string' },
        iterations: { type: 'string' },
        duration: { type: 'string' },
        connections: { type: 'string' },
        warmup: { type: 'string' },
        samples: { type: 'string' },
        uri: { type: 'string' },
        user: { type: 'string' },
        password: { type: 'string' },
        'no-peer': { type: 'boolean' },
      },
    }));
  } catch (error) {
    // parseArgs goes on to explain positional arguments, which this command has none of: keep its first sentence.
    const first = (error as Error).message.split(/\.\s|\n/)[0]!.replace(/\.$/, '');
    throw new UserFacingError(`${first}. ${usage.split('\n')[0]}`);
  }
  // Numbers stay strings until zod sees them, so that "abc" is named instead of silently becoming NaN or 0.
  const number = (value: string | undefined) => {
    if (value === undefined) return undefined;
    return value.trim() === '' ? Number.NaN : Number(value);
  };
  const parsed = benchOptionsSchema.safeParse({
    firms: number(values.firms),
    iterations: number(values.iterations),
    duration: number(values.duration),
    connections: number(values.connections),
    warmup: number(values.warmup),
    samples: number(values.samples),
    peer: !values['no-peer'],
    database:
      values.uri === undefined && values.password === undefined
        ? undefined
        : { uri: values.uri ?? '', user: values.user, password: values.password ?? '' },
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserFacingError(`${issue.message}.`);
  }
  const options = parsed.data;
  const out = path.resolve(
    values.out ?? path.join(resultsDir, options.database ? 'existing-database.json' : `firms-${options.firms}.json`),
  );
  return { options, out };
}
