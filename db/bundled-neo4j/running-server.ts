import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BundledNeo4jSettings, Neo4jCredentials } from '../../core/config.ts';
import { lockHolder } from './home-lock.ts';
import { neo4jLayout } from './layout.ts';
import { choosePassword } from './password.ts';

/**
 * How to log in to the bundled Neo4j another Chain Atlas process (`npm start`) runs on this
 * home, or null when none does: its Bolt port read from the neo4j.conf that process wrote, its
 * password from the home. Lets a one-off command (an import) write while the app runs.
 */
export function runningServer(settings: BundledNeo4jSettings): (Neo4jCredentials & { pid: number }) | null {
  const layout = neo4jLayout(settings.home);
  const pid = lockHolder(layout.lockFile);
  if (pid === null) return null;
  let port = settings.boltPort;
  try {
    const conf = readFileSync(path.join(layout.conf, 'neo4j.conf'), 'utf8');
    port = Number(/^server\.bolt\.listen_address=.*:(\d+)$/m.exec(conf)?.[1] ?? port);
  } catch {
    // No conf yet: the holder is still starting; its port is the one we were given.
  }
  return { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: choosePassword(layout, settings.password), pid };
}
