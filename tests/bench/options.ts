import { z } from 'zod';

const whole = (name: string, min: number) =>
  z
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`);

/**
 * What runBenchmark takes. The CLI (arguments.ts) and a test build the same object; the
 * defaults are those of a full run.
 */
export const benchOptionsSchema = z
  .object({
    /** The synthetic graph to benchmark, `$CHAIN_ATLAS_HOME/synthetic/firms-N` (built first when absent). */
    firms: whole('--firms', 1).max(5_000_000, '--firms must be at most 5,000,000').optional(),
    /** An existing database instead of a synthetic home: for developing the benchmark itself. */
    database: z
      .object({
        uri: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, '--uri must look like bolt://127.0.0.1:7687'),
        user: z.string().min(1).default('neo4j'),
        password: z.string().min(1, '--password is required with --uri'),
      })
      .optional(),
    iterations: whole('--iterations', 1).default(200),
    warmup: whole('--warmup', 0).default(50),
    /** Seconds of each throughput run. */
    duration: z.number({ error: '--duration must be a number' }).positive('--duration must be more than 0').default(10),
    connections: whole('--connections', 1).max(1024, '--connections must be at most 1024').default(8),
    /** How many distinct samples each workload cycles through. */
    samples: whole('--samples', 1).max(1000, '--samples must be at most 1000').default(50),
    /** Run the @neo4j/graphql peer when its server script exists. */
    peer: z.boolean().default(true),
  })
  .refine((o) => o.firms !== undefined || o.database !== undefined, { message: '--firms is required' });

export type BenchOptionsInput = z.input<typeof benchOptionsSchema>;
export type BenchOptions = z.output<typeof benchOptionsSchema>;
