import { parseArgs } from 'node:util';
import { z } from 'zod';
import { UserFacingError } from '../../core/user-facing-error.ts';

const USAGE = 'Usage: npm run synth -- --firms N [--seed S] [--force]';

const argsSchema = z.object({
  firms: z.coerce.number({ error: '--firms must be a number' }).int('--firms must be a whole number').min(1, '--firms must be at least 1').max(5_000_000, '--firms must be at most 5,000,000'),
  seed: z.coerce.number({ error: '--seed must be a number' }).int('--seed must be a whole number').min(0, '--seed must be 0 or more').default(20261124),
  force: z.boolean().default(false),
});

/** Reads `--firms N [--seed S] [--force]`; a bad argument is one sentence naming it. */
export function parseSynthArgs(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { firms: { type: 'string' }, seed: { type: 'string' }, force: { type: 'boolean' } } }));
  } catch (error) {
    throw new UserFacingError(`${(error as Error).message}. ${USAGE}`);
  }
  if (values.firms === undefined) throw new UserFacingError(`--firms is required. ${USAGE}`);
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new UserFacingError(parsed.error.issues[0]!.message);
  return parsed.data;
}
