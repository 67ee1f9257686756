import neo4j from 'neo4j-driver';
import { cypher } from '../cypher-files.ts';
import { isUnauthorized } from '../database-errors.ts';
import { UserFacingError } from '../../core/user-facing-error.ts';
import type { Neo4jLayout } from './layout.ts';

const changeInitialPassword = cypher('security/change-initial-password');
const INITIAL = 'neo4j';

async function canLogIn(uri: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
  try {
    await driver.getServerInfo({ database: 'system' });
    return true;
  } catch (error) {
    if (isUnauthorized(error)) return false;
    throw error;
  } finally {
    await driver.close();
  }
}

/**
 * Makes `password` the password of user neo4j. A new store still has neo4j/neo4j, which must
 * be changed before anything else; so does one whose first start was cut short.
 */
export async function ensurePassword(uri: string, password: string, layout: Neo4jLayout, fresh: boolean): Promise<void> {
  if (!fresh && (await canLogIn(uri, password))) return;
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', INITIAL));
  const session = driver.session({ database: 'system' });
  try {
    await session.executeWrite((tx) =>
      tx.run(changeInitialPassword.text, { currentPassword: INITIAL, newPassword: password }),
    );
  } catch (error) {
    if (!isUnauthorized(error)) throw error;
    throw new UserFacingError(
      `The bundled Neo4j refused the password: its database keeps the one it was created with, so NEO4J_PASSWORD must be that one (or unset, to use the generated ${layout.passwordFile}); to start afresh, delete ${layout.data}.`,
    );
  } finally {
    await session.close();
    await driver.close();
  }
}
