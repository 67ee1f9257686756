import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { projectRoot } from '../../core/config.ts';
import { UserFacingError } from '../../core/user-facing-error.ts';
import type { LoadOptions } from './run-load.ts';

export const usage =
  'Usage: npm run load -- [--duration S (60)] [--connections C (10)] [--costly-share F (0)] [--out FILE] [--url http://HOST:PORT/graphql] [--samples K (50)] [--warmup S (20)]\n' +
  '  Without --url it starts the app itself: on NEO4J_URI when set, else on a scratch CHAIN_ATLAS_HOME with the seed graph.\n' +
  '  --costly-share 0.1 runs the mix a second time with 10 % of the requests just under the cost limit.';

export const defaultOut = path.join(projectRoot, 'tests', 'load', 'results', 'load.json');

const optionsSchema = z.object({
  durationSeconds: z.number({ error: '--duration must be a number of seconds' }).int('--duration must be whole seconds').min(1, '--duration must be at least 1 second'),
  connections: z.number({ error: '--connections must be a number' }).int('--connections must be a whole number').min(1, '--connections must be at least 1').max(1000, '--connections must be at most 1000'),
  costlyShare: z.number({ error: '--costly-share must be a fraction such as 0.1' }).min(0, '--costly-share must be between 0 and 0.5').max(0.5, '--costly-share must be between 0 and 0.5'),
  samples: z.number({ error: '--samples must be a number' }).int('--samples must be a whole number').min(1, '--samples must be at least 1'),
  warmupSeconds: z.number({ error: '--warmup must be a number of seconds' }).int('--warmup must be whole seconds').min(0, '--warmup must be 0 or more seconds'),
  url: z.url({ error: '--url must be the GraphQL endpoint, such as http://127.0.0.1:4000/graphql' }).optional(),
});

/** Reads the command line; any mistake is one UserFacingError sentence. */
export function parseLoadArguments(argv: string[]): { options: LoadOptions; out: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        duration: { type: 'string', default: '60' },
        connections: { type: 'string', default: '10' },
        'costly-share': { type: 'string', default: '0' },
        samples: { type: 'string', default: '50' },
        warmup: { type: 'string', default: '20' },
        out: { type: 'string' },
        url: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UserFacingError(`${(error as Error).message.split('\n')[0]!.replace(/\.$/, '')}. ${usage.split('\n')[0]}`);
  }
  // Strings until zod sees them, so that "abc" is named instead of becoming NaN.
  const number = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));
  const parsed = optionsSchema.safeParse({
    durationSeconds: number(values.duration),
    connections: number(values.connections),
    costlyShare: number(values['costly-share']),
    samples: number(values.samples),
    warmupSeconds: number(values.warmup),
    url: values.url,
  });
  if (!parsed.success) throw new UserFacingError(`${parsed.error.issues[0]!.message}.`);
  return { options: parsed.data, out: path.resolve(values.out ?? defaultOut) };
}
