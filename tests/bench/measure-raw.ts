import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jCredentials } from '../../core/config.ts';
import { toNeo4j } from '../../db/to-neo4j.ts';
import type { RecordedStatement } from './capture.ts';
import type { Request } from './timing.ts';

/** A driver of its own for the replay, so that nothing of our API's Database sits in the timed path. */
export function replayDriver(credentials: Neo4jCredentials): Driver {
  return neo4j.driver(credentials.uri, neo4j.auth.basic(credentials.user, credentials.password), {
    userAgent: 'chain-atlas-bench',
  });
}

interface PreparedStatement {
  name: string;
  text: string;
  params: Record<string, unknown>;
}

/**
 * The database's share of a request: the statements our API sent for each sample, replayed with
 * the plain driver in the order it sent them, each in an auto-commit read transaction of its own
 * (a session in READ access mode) as Database.read does, all records received. Parameters are
 * converted before timing, and rows are not turned into JSON: that work belongs to the API.
 */
export function rawRequest(driver: Driver, database: string | undefined, sequences: readonly RecordedStatement[][]): Request {
  const prepared: PreparedStatement[][] = sequences.map((sequence) =>
    sequence.map((s) => ({ name: s.name, text: s.text, params: toNeo4j(s.params) as Record<string, unknown> })),
  );
  return async (k) => {
    for (const statement of prepared[k % prepared.length]!) {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        await session.run(statement.text, statement.params, { metadata: { app: 'chain-atlas-bench', query: statement.name } });
      } finally {
        await session.close();
      }
    }
  };
}
