import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findFreePort } from '../../db/bundled-neo4j/require-free-port.ts';
import { neo4jLayout } from '../../db/bundled-neo4j/layout.ts';
import { startBundledNeo4j, type BundledNeo4j } from '../../db/bundled-neo4j/start-bundled-neo4j.ts';
import { readConfig } from '../../core/config.ts';
import { GENERATOR_VERSION } from './synthetic-graph.ts';

/**
 * Synthetic graphs never share a Neo4j with the real facts: each size lives in its own home,
 * `$CHAIN_ATLAS_HOME/synthetic/firms-N`, with its own store, on the checkout's jars.
 */
export function syntheticHome(firms: number, chainAtlasHome = readConfig().chainAtlasHome): string {
  return path.join(chainAtlasHome, 'synthetic', `firms-${firms}`);
}

/** What `npm run synth` measured, kept beside the store it describes. */
export interface LoadReport {
  /** The generator's GENERATOR_VERSION; reports written before it had one lack it. */
  generatorVersion?: number;
  firms: number;
  seed: number;
  nodes: number;
  relationships: number;
  /** Wall time of the bulk load (nodes and relationships), then of deriving presence and relatedness. */
  loadSeconds: number;
  deriveSeconds: number;
  nodesPerSec: number;
  relsPerSec: number;
  generatedAt: string;
}

export const loadReportPath = (home: string) => path.join(home, 'synthetic.json');

/** The report of a complete load in `home`, or null when none finished there. */
export function readLoadReport(home: string): LoadReport | null {
  const file = loadReportPath(home);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LoadReport) : null;
}

/** Whether the graph a report describes was built by this version of the generator. */
export const isCurrent = (report: LoadReport) => report.generatorVersion === GENERATOR_VERSION;

/** Starts the bundled Neo4j on a synthetic home, on free ports, with the usual memory settings. */
export async function startSyntheticNeo4j(home: string, log: (line: string) => void = console.log): Promise<BundledNeo4j> {
  const config = readConfig();
  return startBundledNeo4j(
    {
      ...config.bundled,
      home: path.join(home, 'neo4j'),
      boltPort: await findFreePort(),
      httpPort: await findFreePort(),
      password: undefined,
    },
    { lib: neo4jLayout(config.bundled.home).lib, log },
  );
}
