import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { readSeed, seedRoot } from './read-seed.ts';
import { writeSeed } from './write-seed.ts';

const countNodesByLabel = cypher('database/count-nodes-by-label');
const countRelationshipsByType = cypher('database/count-relationships-by-type');

export interface GraphCensus {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export async function census(db: Database): Promise<GraphCensus> {
  const nodes = await db.read<{ label: string; nodes: number }>(countNodesByLabel);
  const relationships = await db.read<{ type: string; relationships: number }>(countRelationshipsByType);
  return {
    nodes: Object.fromEntries(nodes.map((row) => [row.label, row.nodes])),
    relationships: Object.fromEntries(relationships.map((row) => [row.type, row.relationships])),
  };
}

const list = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');

/**
 * Checks every file under seed/, then loads them all in one transaction (idempotently: every
 * write MERGEs on ids) and reports what the database holds.
 */
export async function loadSeed(db: Database, log: (line: string) => void = console.log, root = seedRoot): Promise<GraphCensus> {
  const started = Date.now();
  const seed = readSeed(root);
  log(`Seed files checked: ${seed.regions.length} regions, ${seed.chains.length} chains, ${seed.articles.length} articles.`);
  await writeSeed(db, seed);
  const counts = await census(db);
  log(`Seeded in ${Date.now() - started} ms. Nodes: ${list(counts.nodes)}.`);
  log(`Relationships: ${list(counts.relationships)}.`);
  return counts;
}
