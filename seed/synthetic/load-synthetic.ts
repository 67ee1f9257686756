import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import { readSeed } from '../read-seed.ts';
import { writeSeed } from '../write-seed.ts';
import { deriveAnalytics } from '../../derive/derive-analytics.ts';
import { bulkLoad } from './bulk-load.ts';
import type { LoadReport } from './synthetic-home.ts';
import { GENERATOR_VERSION, SyntheticGraph } from './synthetic-graph.ts';

const createSyntheticGraph = cypher('synthetic/create-synthetic-graph');
const awaitIndexes = cypher('database/await-indexes');

/**
 * Loads the real region tree and chain templates (no article facts), marks the database as
 * synthetic, bulk-loads the generated parks, firms and projects and derives what analytics read.
 */
export async function loadSynthetic(db: Database, firms: number, seed: number, log: (line: string) => void): Promise<LoadReport> {
  const templates = readSeed();
  // The seed's own writer, with no articles: regions, chains and indicators, and no real firm.
  await writeSeed(db, { ...templates, articles: [] });
  const generatedAt = new Date().toISOString();
  await db.write(createSyntheticGraph, { graph: { firms, seed, generator: 'seed/synthetic', generatedAt } });
  log(`Regions and chain templates loaded; generating and loading…`);
  const graph = new SyntheticGraph(templates, firms, seed);
  const load = await bulkLoad(db, graph, log);
  await db.read(awaitIndexes);
  const deriveStarted = performance.now();
  await deriveAnalytics({ read: (q, p) => db.read(q, p), write: (q, p) => db.write(q, p) }, log);
  const deriveSeconds = (performance.now() - deriveStarted) / 1000;
  return {
    generatorVersion: GENERATOR_VERSION,
    firms,
    seed,
    nodes: load.nodes,
    relationships: load.relationships,
    loadSeconds: load.seconds,
    deriveSeconds,
    nodesPerSec: load.nodes / load.seconds,
    relsPerSec: load.relationships / load.seconds,
    generatedAt,
  };
}
