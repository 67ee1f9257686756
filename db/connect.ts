import neo4j, { type Config as DriverConfig, type Driver } from 'neo4j-driver';
import type { Neo4jCredentials } from '../core/config.ts';
import { UserFacingError } from '../core/user-facing-error.ts';
import { Database, type Drivers } from './database.ts';
import { isUnauthorized, isUnavailable } from './database-errors.ts';

/** Each kind of work's driver settings (see Drivers). */
const driverSettings: Record<keyof Drivers, DriverConfig> = {
  // An interactive read fails within 2 s when no connection comes, whether the pool is busy or the server stalls.
  reads: { connectionAcquisitionTimeout: 2_000, connectionTimeout: 2_000 },
  // A write retries transient errors for 5 s, not the default 30 s, and waits for a connection as the default does.
  writes: { maxTransactionRetryTime: 5_000, connectionTimeout: 5_000 },
  // One connection, reused: a probe is one round trip, not a login.
  probe: { maxConnectionPoolSize: 1, connectionAcquisitionTimeout: 1_000, connectionTimeout: 1_000 },
};

/**
 * Opens the process's drivers and proves they can log in, turning the usual failures
 * (wrong password, nothing listening, a bad address) into one sentence each.
 * `log` receives the health monitor's lines (an outage starting and ending).
 */
export async function connect(credentials: Neo4jCredentials, log?: (line: string) => void): Promise<Database> {
  const { uri, user, password, database } = credentials;
  const open = (settings: DriverConfig): Driver => neo4j.driver(uri, neo4j.auth.basic(user, password), { ...settings, userAgent: 'chain-atlas' });
  let drivers: Drivers;
  try {
    drivers = { reads: open(driverSettings.reads), writes: open(driverSettings.writes), probe: open(driverSettings.probe) };
  } catch (error) {
    throw new UserFacingError(`NEO4J_URI ${uri} is not a Neo4j address: ${(error as Error).message}`);
  }
  const db = new Database(drivers, database, log);
  try {
    await Promise.all([drivers.writes.getServerInfo({ database }), db.health.warmUp()]);
  } catch (error) {
    await db.close();
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
  return db;
}

function firstLine(error: unknown): string {
  return String((error as Error).message ?? error).split('\n')[0]!;
}
