import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LatencyFigures } from './latency.ts';
import type { LoadResult } from './run-load.ts';
import type { PhaseResult } from './run-phase.ts';

export function writeLoadJson(file: string, result: LoadResult): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
}

const columns = ['kind', 'count', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'];

function latencyRow(name: string, figures: LatencyFigures | null): string[] {
  if (!figures) return [name, '0', '–', '–', '–', '–'];
  return [name, String(figures.count), ...[figures.p50Ms, figures.p95Ms, figures.p99Ms, figures.maxMs].map((ms) => ms.toFixed(1))];
}

function table(rows: string[][]): string {
  const widths = columns.map((_, i) => Math.max(...[columns, ...rows].map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(columns), ...rows.map(line)].join('\n');
}

const signed = (percent: number) => `${percent >= 0 ? '+' : ''}${percent}`;

function describePhase(phase: PhaseResult): string {
  const counts = (record: Record<string, number>) =>
    Object.entries(record)
      .map(([name, count]) => `${count} ${name}`)
      .join(', ');
  const errors = phase.errors.total > 0 ? `${counts(phase.errors.byCode)}; of ${counts(phase.errors.byKind)}` : '';
  const rows = Object.entries(phase.latency.byKind).map(([kind, figures]) => latencyRow(kind, figures));
  // Only when some requests were not legitimate (the costly share): otherwise the same as "all".
  if (phase.latency.legitimate?.count !== phase.latency.overall?.count) rows.push(latencyRow('legitimate', phase.latency.legitimate));
  rows.push(latencyRow('all', phase.latency.overall));
  const lines = [
    `${phase.name}: ${phase.durationSeconds.toFixed(0)} s, ${phase.connections} connections — ${phase.rps} requests/s, ${phase.responses} responses, ` +
      `${phase.errors.total} errors${errors ? ` (${errors}; first: ${phase.errors.first})` : ''}`,
    table(rows),
  ];
  const { eventLoop, memory } = phase;
  lines.push(
    eventLoop
      ? `server event loop: delay p50 ${eventLoop.delayP50Ms} ms, p99 ${eventLoop.delayP99Ms} ms, max ${eventLoop.delayMaxMs} ms; busy ${(eventLoop.utilization * 100).toFixed(0)} % of the time`
      : 'server event loop: not measured (a server at --url has no probe)',
    memory
      ? `server RSS: ${memory.rssStartMb} MB at the start, ${memory.rssMaxMb} MB at most, ${memory.rssEndMb} MB at the end (${signed(memory.growthPercent)} %); ` +
          `lowest per ${memory.troughs.windowSeconds} s: RSS ${memory.troughs.rssMb.join(' → ')} MB (${signed(memory.troughs.rssGrowthPercent)} %), ` +
          `heap ${memory.troughs.heapUsedMb.join(' → ')} MB (${signed(memory.troughs.heapGrowthPercent)} %)`
      : 'server RSS: not measured (a server at --url has no probe)',
    `machine load average (1 min): mean ${phase.loadAverage.mean}, max ${phase.loadAverage.max}`,
  );
  return lines.join('\n');
}

/** The human report: one table per phase, then the costly share's effect. */
export function describeLoad(result: LoadResult): string {
  const m = result.machine;
  const parts = [
    `${result.startedAt} on ${m.cpuModel}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, Neo4j ${m.neo4j ?? '?'}; ${result.target.url}` +
      (result.target.startedHere ? ' (started by this run)' : ''),
    ...result.phases.map(describePhase),
  ];
  const c = result.costly;
  if (c) {
    parts.push(
      `costly share ${c.share * 100} % (cost ${c.cost} of the limit ${c.costLimit}): legitimate p95 ${c.legitimateP95WithoutMs ?? '–'} ms without, ` +
        `${c.legitimateP95WithMs ?? '–'} ms with (${c.degradationPercent === null ? '–' : `${c.degradationPercent >= 0 ? '+' : ''}${c.degradationPercent} %`})`,
    );
  }
  return parts.join('\n\n');
}
