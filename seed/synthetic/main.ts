/**
 * `npm run synth -- --firms N [--seed S] [--force]`: builds a synthetic national graph of N firms
 * in its own Neo4j (`$CHAIN_ATLAS_HOME/synthetic/firms-N`), never mixed with the real facts.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lockHome } from '../../db/bundled-neo4j/home-lock.ts';
import { neo4jLayout } from '../../db/bundled-neo4j/layout.ts';
import { applySchema } from '../../db/apply-schema.ts';
import { connect } from '../../db/connect.ts';
import { reportFatal } from '../../core/report-fatal.ts';
import { loadSynthetic } from './load-synthetic.ts';
import { parseSynthArgs } from './synth-args.ts';
import { isCurrent, loadReportPath, readLoadReport, startSyntheticNeo4j, syntheticHome } from './synthetic-home.ts';

async function main() {
  const args = parseSynthArgs(process.argv.slice(2));
  const home = syntheticHome(args.firms);
  const existing = readLoadReport(home);
  if (existing && isCurrent(existing) && !args.force) {
    console.log(`A synthetic graph of ${args.firms} firms (seed ${existing.seed}) is already in ${home}; --force builds it again.`);
    return;
  }
  // A Neo4j running on this home (a benchmark, say) would lose its store under it: refuse, as
  // `npm start` refuses a home in use. A home without a report holds an interrupted load: start
  // it again from nothing.
  lockHome(neo4jLayout(path.join(home, 'neo4j')).lockFile, home)();
  if (existing && !isCurrent(existing)) console.log(`The synthetic graph in ${home} was built by an older generator: building it again.`);
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
