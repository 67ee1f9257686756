import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../core/config.ts';

/** A Cypher statement from `cypher/<name>.cypher`; the name tags its transactions. */
export interface NamedQuery {
  readonly name: string;
  readonly text: string;
}

export const cypherRoot = path.join(projectRoot, 'cypher');

function loadAll(): Map<string, NamedQuery> {
  const queries = new Map<string, NamedQuery>();
  const files = readdirSync(cypherRoot, { recursive: true, encoding: 'utf8' });
  for (const file of files) {
    if (!file.endsWith('.cypher')) continue;
    const name = file.slice(0, -'.cypher'.length).split(path.sep).join('/');
    queries.set(name, { name, text: readFileSync(path.join(cypherRoot, file), 'utf8') });
  }
  return queries;
}

const queries = loadAll();

/**
 * The statement in `cypher/<name>.cypher`. Query modules call this at import time, so a
 * missing file stops the app at start-up with the file named, not on the first request.
 */
export function cypher(name: string): NamedQuery {
  const query = queries.get(name);
  if (!query) throw new Error(`Missing Cypher file: cypher/${name}.cypher`);
  return query;
}

/** Every loaded statement, for the test that EXPLAINs them all. */
export function allQueries(): NamedQuery[] {
  return [...queries.values()];
}
