import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';

const listProvinceCodes = cypher('region/list-province-codes');
const provinceCodes = new WeakMap<Database, Promise<string[]>>();

/**
 * The codes of all provinces, where a query over "everywhere" starts. They never change while
 * the app runs: read once per database (again after a failed read).
 */
export function allProvinceCodes(db: Database): Promise<string[]> {
  let codes = provinceCodes.get(db);
  if (!codes) {
    codes = db.read<{ code: string }>(listProvinceCodes).then((rows) => rows.map((row) => row.code));
    codes.catch(() => provinceCodes.delete(db));
    provinceCodes.set(db, codes);
  }
  return codes;
}
