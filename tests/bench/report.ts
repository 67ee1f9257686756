import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchResult } from './result.ts';

export function writeResultJson(file: string, result: BenchResult): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
}

const ms = (value: number | null) => (value === null ? '—' : value < 10 ? value.toFixed(2) : value.toFixed(1));
const rps = (value: number | null) => (value === null ? '—' : value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString('en'));
const ratio = (api: number, raw: number) => (raw > 0 ? `${(api / raw).toFixed(1)}×` : '—');

/** The result as the markdown table that tests/bench/README.md describes (times in ms). */
export function markdownTable(result: BenchResult): string {
  const header = [
    'workload',
    'raw p50',
    'HTTP floor p50',
    'API p50',
    'API p95',
    'API/raw',
    'API/floor',
    'API rps',
    '@neo4j/graphql p50',
    '@neo4j/graphql rps',
  ];
  const rows = result.workloads.map((w) => [
    w.name,
    ms(w.rawP50Ms),
    ms(w.floorP50Ms),
    ms(w.apiP50Ms),
    ms(w.apiP95Ms),
    ratio(w.apiP50Ms, w.rawP50Ms),
    ratio(w.apiP50Ms, w.floorP50Ms),
    rps(w.apiRps),
    ms(w.neo4jGraphqlP50Ms),
    rps(w.neo4jGraphqlRps),
  ]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

/** One line under the table: what was measured where, so a pasted table keeps its context. */
export function describeRun(result: BenchResult): string {
  const { machine, settings, graph, load } = result;
  const loadRate =
    load.nodesPerSec === null || load.relsPerSec === null
      ? ''
      : `; loaded at ${Math.round(load.nodesPerSec).toLocaleString('en')} nodes/s, ${Math.round(load.relsPerSec).toLocaleString('en')} relationships/s`;
  return (
    `${result.firms.toLocaleString('en')} firms (${graph.nodes.toLocaleString('en')} nodes, ${graph.relationships.toLocaleString('en')} relationships${loadRate}); ` +
    `${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, Neo4j ${machine.neo4j ?? 'unknown'}; ` +
    `${settings.iterations} iterations after ${settings.warmup} warm-up over ${settings.samples} samples, ` +
    `throughput ${settings.connections} connections × ${settings.durationSeconds} s; ${result.date}`
  );
}
