/**
 * `npm run load -- [--duration S] [--connections C] [--costly-share F] [--out FILE] [--url URL]`:
 * a mixed load of the web app's requests against the real server on loopback, for a bounded time;
 * prints requests per second, latency per kind, errors, and the server's event loop and memory,
 * and writes them as JSON (tests/bench/README.md, "Load and soak").
 */
import path from 'node:path';
import { projectRoot } from '../../core/config.ts';
import { reportFatal } from '../../core/report-fatal.ts';
import { Teardown } from '../bench/teardown.ts';
import { parseLoadArguments, usage } from './arguments.ts';
import { describeLoad, writeLoadJson } from './report.ts';

let interrupted = false;
const log = (line: string) => {
  if (!interrupted) console.log(`[load] ${line}`);
};

async function interrupt(signal: string): Promise<void> {
  if (interrupted) process.exit(130);
  interrupted = true;
  console.log(`[load] ${signal}: stopping the app and Neo4j (again to quit at once)…`);
  await Teardown.runAll();
  process.exit(130);
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    return 0;
  }
  const { options, out } = parseLoadArguments(argv);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void interrupt(signal));
  // Imported only now: it loads the whole API (for the cost of the costly request), which --help need not wait for.
  const { runLoad } = await import('./run-load.ts');
  const teardown = new Teardown();
  try {
    const result = await runLoad(options, { env: process.env, log, teardown });
    writeLoadJson(out, result);
    console.log(`\n${describeLoad(result)}\n`);
    const relative = path.relative(projectRoot, out);
    log(`Written to ${relative.startsWith('..') ? out : relative}.`);
    const failed = result.phases.some((phase) => phase.errors.total > 0);
    if (failed) log('Some requests failed: see the errors above.');
    return failed ? 1 : 0;
  } finally {
    await teardown.run();
  }
}

main().then(
  // autocannon's timers and the drivers' sockets can keep the loop alive a while: the work is done.
  (code) => process.exit(code),
  (error: unknown) => {
    reportFatal(error);
    process.exit(1);
  },
);
