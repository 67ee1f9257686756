import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { serve } from '../../api/http/serve.ts';
import { projectRoot } from '../../core/config.ts';
import { testDatabase } from '../helpers/database.ts';
import type { LatencyFigures } from './latency.ts';
import type { LoadResult } from './run-load.ts';
import { legitimateKinds } from './workload.ts';

// `npm run load` end to end: the app started as npm start runs it (on the tests' Neo4j, through
// NEO4J_URI), a minute of load in two halves (the second with 10 % costly requests), and the JSON
// it writes. What is checked is the report's shape and that nothing failed, never the speed.
const scratch = mkdtempSync(path.join(os.tmpdir(), 'chain-atlas-load-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const child = spawn('npx', ['tsx', path.join('tests', 'load', 'main.ts'), ...args], { cwd: projectRoot, env });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

function expectOrdered(figures: LatencyFigures | null | undefined): void {
  expect(figures).toBeTruthy();
  expect(figures!.count).toBeGreaterThan(0);
  expect(figures!.p50Ms).toBeGreaterThan(0);
  expect(figures!.p50Ms).toBeLessThanOrEqual(figures!.p95Ms);
  expect(figures!.p95Ms).toBeLessThanOrEqual(figures!.p99Ms);
  expect(figures!.p99Ms).toBeLessThanOrEqual(figures!.maxMs);
}

describe('npm run load', () => {
  it('runs every kind of request against the app for a minute with no error, and reports latency, event loop and memory', async () => {
    const neo4j = inject('neo4j');
    const out = path.join(scratch, 'load.json');
    // Few connections: on a 2-core machine that runs other tests too, the requests must stay well within their 10 s budget.
    const { code, output } = await run(['--duration', '30', '--costly-share', '0.1', '--connections', '4', '--warmup', '5', '--samples', '20', '--out', out], {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
    });
    const result = JSON.parse(readFileSync(out, 'utf8')) as LoadResult;
    // It says so in its exit code when a request failed (the only failures allowed are below).
    expect(code, output).toBe(result.phases.some((phase) => phase.errors.total > 0) ? 1 : 0);

    expect(result.target.startedHere).toBe(true);
    expect(result.machine.cores).toBeGreaterThan(0);
    expect(result.phases.map((phase) => phase.name)).toEqual(['screens only', 'with 10 % costly']);
    const legitimate = legitimateKinds.map((kind) => kind.name);
    expect(legitimate).toEqual(expect.arrayContaining(['region', 'lookup', 'search', 'neighborhood', 'chainMap', 'chainGaps', 'extensionOpportunities', 'projects']));
    for (const phase of result.phases) {
      expect(phase.durationSeconds).toBeGreaterThanOrEqual(30);
      // A request at the cost limit may take longer than the 10 s budget on a machine that other
      // work overloads (a load average of 20 on 2 cores was seen): the server then cancels it with
      // TIMEOUT, as designed. Any other failure, and any failure of the screens' requests, is one.
      const costlyTimeouts = phase.errors.byKind.costly ?? 0;
      expect(phase.errors.byKind, phase.errors.first ?? '').toEqual(costlyTimeouts ? { costly: costlyTimeouts } : {});
      expect(phase.errors.byCode, phase.errors.first ?? '').toEqual(costlyTimeouts ? { TIMEOUT: costlyTimeouts } : {});
      expect(phase.errors.total).toBe(costlyTimeouts);
      expect(phase.rps).toBeGreaterThan(0);
      const kinds = phase.name === 'screens only' ? legitimate : [...legitimate, 'costly'];
      expect(Object.keys(phase.latency.byKind).sort()).toEqual([...kinds].sort());
      for (const kind of kinds) expectOrdered(phase.latency.byKind[kind]);
      expectOrdered(phase.latency.overall);
      expectOrdered(phase.latency.legitimate);
      const counted = Object.values(phase.latency.byKind).reduce((sum, figures) => sum + figures!.count, 0);
      expect(phase.latency.overall!.count).toBe(counted);
      expect(phase.responses).toBe(counted);

      expect(phase.eventLoop).not.toBeNull();
      expect(phase.eventLoop!.delayP50Ms).toBeLessThanOrEqual(phase.eventLoop!.delayP99Ms);
      expect(phase.eventLoop!.delayP99Ms).toBeLessThanOrEqual(phase.eventLoop!.delayMaxMs);
      expect(phase.eventLoop!.utilization).toBeGreaterThan(0);
      const memory = phase.memory!;
      expect(memory.rssStartMb).toBeGreaterThan(0);
      expect(memory.rssEndMb).toBeGreaterThan(0);
      expect(memory.rssMaxMb).toBeGreaterThanOrEqual(Math.max(memory.rssStartMb, memory.rssEndMb));
      expect(memory.growthPercent).toBeCloseTo(((memory.rssEndMb - memory.rssStartMb) / memory.rssStartMb) * 100, -1);
      expect(memory.timeline.length).toBeGreaterThanOrEqual(2);
      expect(memory.troughs.rssMb.length).toBeGreaterThanOrEqual(2);
      expect(Math.min(...memory.troughs.rssMb)).toBe(Math.min(...memory.timeline.map((s) => s.rssMb)));
    }
    expect(result.phases[1]!.latency.byKind.costly!.count).toBeGreaterThan(0);
    expect(result.costly!.cost).toBeLessThanOrEqual(result.costly!.costLimit);
    expect(result.costly!.cost).toBeGreaterThan(0.9 * result.costly!.costLimit);
    expect(result.costly!.legitimateP95WithoutMs).toBe(result.phases[0]!.latency.legitimate!.p95Ms);
    expect(result.costly!.legitimateP95WithMs).toBe(result.phases[1]!.latency.legitimate!.p95Ms);
    expect(typeof result.costly!.degradationPercent).toBe('number');
    // The human report names every kind.
    for (const kind of [...legitimate, 'costly']) expect(output).toContain(kind);
  }, 600_000);

  it('loads a server already running at --url, and says what it cannot measure there', async () => {
    const neo4j = inject('neo4j');
    const served = await serve(await testDatabase(), '127.0.0.1', 0, undefined, { rateLimitPerMinute: 0 });
    try {
      const out = path.join(scratch, 'load-url.json');
      const { code, output } = await run(['--url', `${served.url}/graphql`, '--duration', '3', '--connections', '2', '--warmup', '0', '--samples', '5', '--out', out], {
        ...process.env,
        // The requests' subjects are drawn from the graph the server reads.
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password,
      });
      expect(code, output).toBe(0);
      const result = JSON.parse(readFileSync(out, 'utf8')) as LoadResult;
      expect(result.target).toEqual({ url: `${served.url}/graphql`, startedHere: false });
      expect(result.phases).toHaveLength(1);
      expect(result.phases[0]!.errors.total).toBe(0);
      expectOrdered(result.phases[0]!.latency.overall);
      // Its event loop and memory are the server's own, out of reach of the load tool.
      expect(result.phases[0]!.eventLoop).toBeNull();
      expect(result.phases[0]!.memory).toBeNull();
      expect(output).toContain('not measured (a server at --url has no probe)');
    } finally {
      await served.close();
    }
  }, 120_000);
});
