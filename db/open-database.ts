import { runningServer } from './bundled-neo4j/running-server.ts';
import { startBundledNeo4j } from './bundled-neo4j/start-bundled-neo4j.ts';
import type { Config } from '../core/config.ts';
import { connect } from './connect.ts';
import type { Database } from './database.ts';

export interface OpenDatabase {
  db: Database;
  /** Closes the driver and, for the bundled server, stops Neo4j. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /**
   * When another Chain Atlas process (`npm start`) runs the bundled Neo4j of this home, connect to
   * it instead of refusing to start a second one: for one-off commands such as an import.
   * @default false
   */
  joinRunning?: boolean;
  /**
   * For a long-running server: the bundled Neo4j is restarted when it dies, and this is called if
   * it keeps dying (see startBundledNeo4j). Absent: it is not restarted.
   */
  onNeo4jGivenUp?: (reason: string) => void;
}

/** Connects to NEO4J_URI when set; otherwise starts the bundled Neo4j (or joins the one running on its home) and connects to it. */
export async function openDatabase(config: Config, log: (line: string) => void = console.log, options: OpenOptions = {}): Promise<OpenDatabase> {
  if (config.external) {
    log(`Using the Neo4j at ${config.external.uri} (NEO4J_URI).`);
    const db = await connect(config.external);
    return { db, close: () => db.close() };
  }
  const running = options.joinRunning ? runningServer(config.bundled) : null;
  if (running) {
    log(`Using the Neo4j that Chain Atlas (process ${running.pid}) runs on ${running.uri}.`);
    const db = await connect({ ...running, database: config.database });
    return { db, close: () => db.close() };
  }
  const server = await startBundledNeo4j(config.bundled, { log, onGiveUp: options.onNeo4jGivenUp });
  try {
    const db = await connect({ ...server.credentials, database: config.database });
    return {
      db,
      close: async () => {
        await db.close();
        await server.stop();
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
