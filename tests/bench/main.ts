/**
 * `npm run bench -- --firms N [--out FILE] [--iterations I] [--duration S] [--connections C]`:
 * benchmarks our API on the synthetic graph of N firms against the raw Cypher it sends and the
 * @neo4j/graphql peer, writes the JSON result and prints the markdown table (tests/bench/README.md).
 */
import path from 'node:path';
import { projectRoot } from '../../core/config.ts';
import { reportFatal } from '../../core/report-fatal.ts';
import { parseBenchArguments, usage } from './arguments.ts';
import { describeRun, markdownTable, writeResultJson } from './report.ts';
import { Teardown } from './teardown.ts';

let interrupted = false;
// Once interrupted, the run's own lines (its requests now fail against stopped servers) would
// only confuse: the interruption speaks for itself.
const log = (line: string) => {
  if (!interrupted) console.log(`[bench] ${line}`);
};

async function interrupt(signal: string): Promise<void> {
  // A second Ctrl-C means "now": the servers' own lifelines (Neo4j's stdin) still stop Neo4j.
  if (interrupted) process.exit(130);
  interrupted = true;
  console.log(`[bench] ${signal}: stopping the servers and Neo4j (Ctrl-C again to quit at once)…`);
  await Teardown.runAll();
  process.exit(130);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    return;
  }
  const { options, out } = parseBenchArguments(argv);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void interrupt(signal));
  // Imported only now: it loads the whole API (schema, resolvers, every Cypher file), which a
  // mistyped argument or --help should not have to wait for, or fail on.
  const { runBenchmark } = await import('./run-benchmark.ts');
  const result = await runBenchmark(options, { log });
  writeResultJson(out, result);
  console.log(`\n${markdownTable(result)}\n\n${describeRun(result)}\n`);
  const relative = path.relative(projectRoot, out);
  log(`Written to ${relative.startsWith('..') ? out : relative}.`);
  const failures = result.workloads.filter((w) => w.apiFailures > 0 || (w.neo4jGraphqlFailures ?? 0) > 0);
  if (failures.length > 0) {
    log(`Throughput runs had failed requests (${failures.map((w) => w.name).join(', ')}): their rps count successes only.`);
  }
}

main().then(
  // The drivers' sockets and autocannon's timers can keep the loop alive for a while: the work is done.
  () => process.exit(0),
  (error: unknown) => {
    reportFatal(error);
    process.exit(1);
  },
);
