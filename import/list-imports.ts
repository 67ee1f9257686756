import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';

const statement = cypher('import/list-imports');

export interface ImportListing {
  id: string;
  file: string;
  fileKind: 'firms' | 'projects';
  importedAt: string;
  importedBy: string;
  rowCount: number;
  newCount: number;
  changedCount: number;
  unchangedCount: number;
  refusedCount: number;
  rosterKey: string | null;
}

/** Every import the graph holds, oldest first. */
export function listImports(db: Database): Promise<ImportListing[]> {
  return db.read<ImportListing>(statement);
}
