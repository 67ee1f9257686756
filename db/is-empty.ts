import { cypher } from './cypher-files.ts';
import type { Database } from './database.ts';

const countNodes = cypher('database/count-nodes');

export async function isEmpty(db: Database): Promise<boolean> {
  const [row] = await db.read<{ nodes: number }>(countNodes);
  return (row?.nodes ?? 0) === 0;
}
