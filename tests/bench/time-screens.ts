/**
 * `npx tsx tests/bench/time-screens.ts --firms N`: how long each screen of the web app takes on
 * the synthetic graph of N firms (built with `npm run synth` first): every request of
 * app/warm-up/screen-requests.ts, in process (no HTTP), in five passes over all of them after one untimed
 * pass; prints a markdown table of the median and the answer's size. Not the benchmark: no peer, no raw, no load; it finds the
 * screens that grow with a large place (a province, the whole country).
 */
import { performance } from 'node:perf_hooks';
import { connect } from '../../db/connect.ts';
import { createGraphQLServer } from '../../api/create-yoga.ts';
import { reportFatal } from '../../core/report-fatal.ts';
import { UserFacingError } from '../../core/user-facing-error.ts';
import { parseSynthArgs } from '../../seed/synthetic/synth-args.ts';
import { isCurrent, readLoadReport, startSyntheticNeo4j, syntheticHome } from '../../seed/synthetic/synthetic-home.ts';
import { describeMachine } from './machine.ts';
import { percentile } from './percentiles.ts';
import { screenRequests, type ScreenRequest } from '../../app/warm-up/screen-requests.ts';

const RUNS = 5;

async function main(): Promise<void> {
  const { firms } = parseSynthArgs(process.argv.slice(2));
  const home = syntheticHome(firms);
  const report = readLoadReport(home);
  if (!report || !isCurrent(report)) throw new UserFacingError(`No synthetic graph of ${firms} firms by this generator in ${home}: run npm run synth -- --firms ${firms} first.`);
  const server = await startSyntheticNeo4j(home, () => undefined);
  const db = await connect(server.credentials);
  try {
    const yoga = createGraphQLServer(db);
    const requests = await screenRequests(db);
    const send = async (request: ScreenRequest) => {
      const response = await yoga.fetch('http://chain-atlas/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: request.query, variables: request.variables }),
      });
      const text = await response.text();
      const errors = (JSON.parse(text) as { errors?: { message: string }[] }).errors;
      if (errors?.length) throw new Error(`${request.name} answered with an error: ${errors[0]!.message}`);
      return Buffer.byteLength(text);
    };
    // Whole passes over every request, the first not timed: a freshly started Neo4j compiles each
    // statement and warms its JIT on the first ones, which would weigh on whichever came first.
    const times = requests.map((): number[] => []);
    const sizes: number[] = [];
    for (let pass = 0; pass <= RUNS; pass++) {
      for (const [index, request] of requests.entries()) {
        const started = performance.now();
        sizes[index] = await send(request);
        if (pass > 0) times[index]!.push(performance.now() - started);
      }
    }
    console.log(`| screen request (${firms.toLocaleString('en')} firms) | median ms | bytes |`);
    console.log('| --- | ---: | ---: |');
    for (const [index, request] of requests.entries()) {
      console.log(`| ${request.name} | ${percentile(times[index]!, 50).toFixed(1)} | ${sizes[index]!.toLocaleString('en')} |`);
    }
    const machine = await describeMachine(db);
    console.log(`\n${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, Neo4j ${machine.neo4j}; ${new Date().toISOString()}`);
  } finally {
    await db.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  reportFatal(error);
  process.exitCode = 1;
});
