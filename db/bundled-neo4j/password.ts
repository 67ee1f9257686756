import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserFacingError } from '../../core/user-facing-error.ts';
import type { Neo4jLayout } from './layout.ts';

/** Neo4j 5 refuses shorter ones (dbms.security.auth_minimum_password_length). */
const MIN_LENGTH = 8;

export function storeExists(layout: Neo4jLayout): boolean {
  return existsSync(path.join(layout.data, 'databases', 'system'));
}

/**
 * The password of the bundled server: NEO4J_PASSWORD when set, else the one generated on
 * the first start and kept in a file only its owner can read.
 */
export function choosePassword(layout: Neo4jLayout, fromEnv?: string): string {
  if (fromEnv !== undefined) {
    if (fromEnv.length < MIN_LENGTH) {
      throw new UserFacingError(`NEO4J_PASSWORD is too short: Neo4j needs at least ${MIN_LENGTH} characters.`);
    }
    return fromEnv;
  }
  if (existsSync(layout.passwordFile)) return readFileSync(layout.passwordFile, 'utf8').trim();
  if (storeExists(layout)) {
    throw new UserFacingError(
      `The database in ${layout.data} was created with a password that is not in ${layout.passwordFile}: set NEO4J_PASSWORD to it, or delete ${layout.data} to start afresh.`,
    );
  }
  const generated = randomBytes(18).toString('base64url');
  writeFileSync(layout.passwordFile, `${generated}\n`, { mode: 0o600 });
  return generated;
}
