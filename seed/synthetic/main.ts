/**
 * `npm run synth -- --firms N [--seed S] [--force]`: builds a synthetic national graph of N firms
 * in its own Neo4j (`$CHAIN_ATLAS_HOME/synthetic/firms-N`), never mixed with the real facts.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { applySchema } from '../../api/db/apply-schema.ts';
import { connect } from '../../api/db/connect.ts';
import { reportFatal } from '../../api/report-fatal.ts';
import { UserFacingError } from '../../api/user-facing-error.ts';
import { loadSynthetic } from './load-synthetic.ts';
import { loadReportPath, readLoadReport, startSyntheticNeo4j, syntheticHome } from './synthetic-home.ts';

const argsSchema = z.object({
  firms: z.coerce.number({ error: '--firms must be a number' }).int('--firms must be a whole number').min(1, '--firms must be at least 1').max(5_000_000, '--firms must be at most 5,000,000'),
  seed: z.coerce.number({ error: '--seed must be a number' }).int('--seed must be a whole number').min(0, '--seed must be 0 or more').default(20261124),
  force: z.boolean().default(false),
});

export function parseSynthArgs(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { firms: { type: 'string' }, seed: { type: 'string' }, force: { type: 'boolean' } } }));
  } catch (error) {
    throw new UserFacingError(`${(error as Error).message}. Usage: npm run synth -- --firms N [--seed S] [--force]`);
  }
  if (values.firms === undefined) throw new UserFacingError('--firms is required. Usage: npm run synth -- --firms N [--seed S] [--force]');
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new UserFacingError(parsed.error.issues[0]!.message);
  return parsed.data;
}

async function main() {
  const args = parseSynthArgs(process.argv.slice(2));
  const home = syntheticHome(args.firms);
  const existing = readLoadReport(home);
  if (existing && !args.force) {
    console.log(`A synthetic graph of ${args.firms} firms (seed ${existing.seed}) is already in ${home}; --force builds it again.`);
    return;
  }
  // A home without a report holds an interrupted load: start it again from nothing.
  rmSync(home, { recursive: true, force: true });
  console.log(`Building a synthetic graph of ${args.firms.toLocaleString('en')} firms (seed ${args.seed}) in ${home}`);
  const server = await startSyntheticNeo4j(home);
  try {
    const db = await connect(server.credentials);
    try {
      await applySchema(db);
      const report = await loadSynthetic(db, args.firms, args.seed, console.log);
      writeFileSync(loadReportPath(home), `${JSON.stringify(report, null, 2)}\n`);
      console.log(
        `Loaded ${report.nodes.toLocaleString('en')} nodes and ${report.relationships.toLocaleString('en')} relationships in ${report.loadSeconds.toFixed(1)} s ` +
          `(${Math.round(report.nodesPerSec).toLocaleString('en')} nodes/s, ${Math.round(report.relsPerSec).toLocaleString('en')} relationships/s); derived presence and relatedness in ${report.deriveSeconds.toFixed(1)} s.`,
      );
    } finally {
      await db.close();
    }
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  reportFatal(error);
  process.exitCode = 1;
});
