import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import type { SyntheticGraph } from './synthetic-graph.ts';

const statements = {
  parks: cypher('synthetic/create-parks'),
  focuses: cypher('synthetic/create-focuses'),
  firms: cypher('synthetic/create-firms'),
  projects: cypher('synthetic/create-projects'),
  projectLabels: cypher('project/label-projects'),
};

/** Rows per write transaction: big enough to amortise the round trip, small enough for a 1 GB heap. */
const BATCH = 5_000;

export interface LoadCounts {
  nodes: number;
  relationships: number;
  seconds: number;
}

function* chunks<T>(rows: T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/**
 * Writes a synthetic graph with batched UNWIND … CREATE statements (the database is new, so
 * nothing needs MERGE), one batch per transaction, and counts what it created as it goes.
 */
export async function bulkLoad(db: Database, graph: SyntheticGraph, log: (line: string) => void): Promise<LoadCounts> {
  const started = performance.now();
  let nodes = 0;
  let relationships = 0;
  for (const parks of chunks(graph.parks, BATCH)) await db.write(statements.parks, { parks });
  nodes += graph.parks.length;
  relationships += graph.parks.length;
  for (const focuses of chunks(graph.focuses, BATCH)) await db.write(statements.focuses, { focuses });
  relationships += graph.focuses.length;
  log(`  ${graph.parks.length} parks, ${graph.focuses.length} focus links`);
  let firms = 0;
  let reported = 0;
  for (const batch of graph.batches(BATCH)) {
    await db.write(statements.firms, { firms: batch.firms });
    if (batch.projects.length) {
      await db.writeTransaction('synthetic/create-projects', async (tx) => {
        await tx.run(statements.projects, { projects: batch.projects });
        await tx.run(statements.projectLabels, { ids: batch.projects.map((p) => p.id) });
      });
    }
    firms += batch.firms.length;
    nodes += batch.firms.length + batch.projects.length;
    relationships += batch.firms.reduce((n, f) => n + 1 + f.makes.length, 0) + batch.projects.reduce((n, p) => n + 2 + p.adds.length, 0);
    if (firms - reported >= 100_000 || firms === graph.firms) {
      reported = firms;
      const seconds = (performance.now() - started) / 1000;
      log(`  ${firms.toLocaleString('en')} / ${graph.firms.toLocaleString('en')} firms, ${nodes.toLocaleString('en')} nodes, ${relationships.toLocaleString('en')} relationships, ${seconds.toFixed(0)} s`);
    }
  }
  return { nodes, relationships, seconds: (performance.now() - started) / 1000 };
}
