import type { RecordedStatement } from './capture.ts';
import type { ServerChild } from './children.ts';

/** Hands the floor the statements to replay, per workload and sample, as the capture recorded them. */
export async function loadFloorStatements(floor: ServerChild, statements: Record<string, RecordedStatement[][]>): Promise<void> {
  const response = await fetch(`${floor.url}/statements`, { method: 'POST', body: JSON.stringify(statements) });
  if (!response.ok) throw new Error(`The HTTP floor refused the statements: HTTP ${response.status} ${await response.text()}`);
}

/** The floor's request bodies for a workload: sample k of it, for k = 0 … samples − 1. */
export function floorBodies(workload: string, samples: number): string[] {
  return Array.from({ length: samples }, (_, k) => JSON.stringify({ workload, k }));
}
