import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot, type Neo4jCredentials } from '../../core/config.ts';
import { UserFacingError } from '../../core/user-facing-error.ts';
import { isCurrent, readLoadReport, startSyntheticNeo4j, syntheticHome, type LoadReport } from '../../seed/synthetic/synthetic-home.ts';
import type { BenchOptions } from './options.ts';
import type { Teardown } from './teardown.ts';

export interface BenchDatabase {
  credentials: Neo4jCredentials;
  /** The synthetic load's report; null for an existing database, whose load we did not see. */
  load: LoadReport | null;
}

const generator = path.join(projectRoot, 'seed', 'synthetic', 'main.ts');

/**
 * The Neo4j to benchmark: the synthetic graph of `firms` firms in its own home (generated first
 * when no finished load is there), started on free ports and stopped by the teardown; or, for
 * developing the benchmark, a database that already runs.
 */
export async function openBenchDatabase(options: BenchOptions, teardown: Teardown, log: (line: string) => void): Promise<BenchDatabase> {
  if (options.database) {
    log(`Using the existing database at ${options.database.uri} (no synthetic home, no load figures).`);
    return { credentials: options.database, load: null };
  }
  const firms = options.firms!;
  const home = syntheticHome(firms);
  let load = readLoadReport(home);
  if (!load || !isCurrent(load)) {
    log(`No finished synthetic graph of ${firms} firms by this generator in ${home}: generating it first.`);
    await generate(firms);
    load = readLoadReport(home);
    if (!load) throw new UserFacingError(`The generator finished but left no load report in ${home}.`);
  }
  const server = await startSyntheticNeo4j(home, log);
  teardown.add('the synthetic Neo4j', () => server.stop());
  return { credentials: server.credentials, load };
}

async function generate(firms: number): Promise<void> {
  if (!existsSync(generator)) {
    throw new UserFacingError(
      `The synthetic generator ${path.relative(projectRoot, generator)} does not exist yet: pass --uri, --user and --password to benchmark a database that runs.`,
    );
  }
  // Inherited output: the generator reports its own progress, and a long load should not look stuck.
  const child = spawn('npx', ['tsx', path.relative(projectRoot, generator), '--firms', String(firms)], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode) => resolve(exitCode));
  });
  if (code !== 0) throw new UserFacingError(`The synthetic generator failed (exit code ${code}); its output is above.`);
}
