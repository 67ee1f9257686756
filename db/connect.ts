import neo4j from 'neo4j-driver';
import type { Neo4jCredentials } from '../core/config.ts';
import { UserFacingError } from '../core/user-facing-error.ts';
import { Database } from './database.ts';
import { isUnauthorized, isUnavailable } from './database-errors.ts';

/**
 * Opens the process's one driver and proves it can log in, turning the usual failures
 * (wrong password, nothing listening, a bad address) into one sentence each.
 */
export async function connect(credentials: Neo4jCredentials): Promise<Database> {
  const { uri, user, password, database } = credentials;
  let driver;
  try {
    driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
      // An interactive read should fail in seconds when the database is gone, not after the default 30 s.
      maxTransactionRetryTime: 5_000,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      userAgent: 'chain-atlas',
    });
  } catch (error) {
    throw new UserFacingError(`NEO4J_URI ${uri} is not a Neo4j address: ${(error as Error).message}`);
  }
  try {
    await driver.getServerInfo({ database });
  } catch (error) {
    await driver.close();
    if (isUnauthorized(error)) {
      throw new UserFacingError(
        `Neo4j at ${uri} refused user "${user}" with the given password: check NEO4J_USER and NEO4J_PASSWORD.`,
      );
    }
    if (isUnavailable(error)) {
      throw new UserFacingError(
        `Cannot reach Neo4j at ${uri}: check that the server runs and NEO4J_URI is right (${firstLine(error)}).`,
      );
    }
    throw new UserFacingError(`Neo4j at ${uri} refused the connection: ${firstLine(error)}`);
  }
  return new Database(driver, database);
}

function firstLine(error: unknown): string {
  return String((error as Error).message ?? error).split('\n')[0]!;
}
