import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import type { NamedQuery } from '../../db/cypher-files.ts';
import type { Database, Params, Row, Transaction } from '../../db/database.ts';
import { toJson } from '../../db/to-json.ts';
import { toNeo4j } from '../../db/to-neo4j.ts';

/**
 * Runs `work` with a Database whose every statement, reads included, runs in one transaction that
 * is rolled back afterwards: a test writes what it needs, asks the API through that database, and
 * leaves the shared test database as it found it.
 */
export async function inRolledBackTransaction<T>(work: (db: Database, tx: Transaction) => Promise<T>): Promise<T> {
  const { uri, user, password, database } = inject('neo4j');
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  const session = driver.session({ database });
  const open = session.beginTransaction();
  const run = async <R extends Row = Row>(query: NamedQuery, params: Params = {}): Promise<R[]> =>
    (await open.run(query.text, toNeo4j(params) as Params)).records.map((record) => toJson(record.toObject()) as R);
  const tx: Transaction = { run };
  const db = {
    read: run,
    write: run,
    writeTransaction: <W>(_tag: string, inner: (tx: Transaction) => Promise<W>) => inner(tx),
    onQuery: () => () => undefined,
    close: async () => undefined,
  } as unknown as Database;
  try {
    return await work(db, tx);
  } finally {
    await open.rollback();
    await session.close();
    await driver.close();
  }
}
