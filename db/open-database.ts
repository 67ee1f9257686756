import { startBundledNeo4j } from './bundled-neo4j/start-bundled-neo4j.ts';
import type { Config } from '../core/config.ts';
import { connect } from './connect.ts';
import type { Database } from './database.ts';

export interface OpenDatabase {
  db: Database;
  /** Closes the driver and, for the bundled server, stops Neo4j. */
  close(): Promise<void>;
}

/** Connects to NEO4J_URI when set; otherwise starts the bundled Neo4j and connects to it. */
export async function openDatabase(config: Config, log: (line: string) => void = console.log): Promise<OpenDatabase> {
  if (config.external) {
    log(`Using the Neo4j at ${config.external.uri} (NEO4J_URI).`);
    const db = await connect(config.external);
    return { db, close: () => db.close() };
  }
  const server = await startBundledNeo4j(config.bundled, { log });
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
