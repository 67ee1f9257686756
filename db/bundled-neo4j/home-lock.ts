import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserFacingError } from '../../core/user-facing-error.ts';

/** The process that holds a home's lock, when it still runs (and is not this one); else null. */
export function lockHolder(lockFile: string): number | null {
  let holder: number;
  try {
    holder = Number(readFileSync(lockFile, 'utf8'));
  } catch {
    return null;
  }
  return holder && holder !== process.pid && isAlive(holder) ? holder : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims a Neo4j home for this process, so that a second `npm start` on the same home stops
 * with a clear message instead of opening a store that another Neo4j is writing.
 * A lock left by a process that no longer runs is taken over.
 * @returns a function that releases the lock
 */
export function lockHome(lockFile: string, home: string): () => void {
  mkdirSync(path.dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lockFile, 'utf8'));
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new UserFacingError(
          `Chain Atlas is already running on ${home} (process ${holder}): stop that one first, or give this one another CHAIN_ATLAS_HOME.`,
        );
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new UserFacingError(`Could not claim ${lockFile}: remove it if no Chain Atlas is running.`);
}
