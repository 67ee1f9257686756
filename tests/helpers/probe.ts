import type { Database } from '../../db/database.ts';

/**
 * Runs a test's own read-only check on the database. Checks are not part of the app, so they
 * are written in the test rather than under cypher/; the app's statements all live there.
 */
export function probe(db: Database, text: string, params: Record<string, unknown> = {}) {
  return db.read<Record<string, unknown>>({ name: 'test/probe', text }, params);
}
