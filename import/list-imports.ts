import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import type { ImportSource } from './write/write-import.ts';

const statement = cypher('import/list-imports');

/** What `--list` prints of an import: its Source as written (write/write-import.ts), less the hash and the placements. */
export type ImportListing = Omit<ImportSource, 'title' | 'sha256' | 'placedCount' | 'proposedCount'>;

/** Every import the graph holds, oldest first. */
export function listImports(db: Database): Promise<ImportListing[]> {
  return db.read<ImportListing>(statement);
}
