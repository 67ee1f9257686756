import { readdirSync } from 'node:fs';
import path from 'node:path';
import { cypher, cypherRoot, type NamedQuery } from './cypher-files.ts';
import type { Database } from './database.ts';

const awaitIndexes = cypher('database/await-indexes');

/** The statements of `cypher/schema/*.cypher`, in file order; schema files may hold several. */
export function schemaStatements(): NamedQuery[] {
  const files = readdirSync(path.join(cypherRoot, 'schema'))
    .filter((file) => file.endsWith('.cypher'))
    .sort();
  return files.flatMap((file) => {
    const { name, text } = cypher(`schema/${file.slice(0, -'.cypher'.length)}`);
    const body = text
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('//'))
      .join('\n');
    return body
      .split(/;\s*(?:\n|$)/)
      .map((statement) => statement.trim())
      .filter(Boolean)
      .map((statement, index) => ({ name: `${name}#${index + 1}`, text: statement }));
  });
}

/**
 * Creates the constraints and indexes that do not exist yet (each statement says IF NOT
 * EXISTS, so this is safe on every start) and waits until they are online.
 * @returns how many statements were applied
 */
export async function applySchema(db: Database): Promise<number> {
  const statements = schemaStatements();
  // Schema changes cannot share a transaction with each other or with data writes.
  for (const statement of statements) await db.write(statement);
  await db.read(awaitIndexes);
  return statements.length;
}
