import { afterAll, inject } from 'vitest';
import { connect } from '../../db/connect.ts';
import type { Database } from '../../db/database.ts';

/** A driver on the run's real Neo4j, closed after the file's tests. */
export async function testDatabase(): Promise<Database> {
  const db = await connect(inject('neo4j'));
  afterAll(() => db.close());
  return db;
}
