import { describe, expect, it } from 'vitest';
import { allQueries } from '../../db/cypher-files.ts';
import { testDatabase } from '../helpers/database.ts';
import { probe } from '../helpers/probe.ts';

const db = await testDatabase();

// Schema statements are run on every start; the password change only runs on the system database.
const queries = allQueries().filter((q) => !q.name.startsWith('schema/') && !q.name.startsWith('security/'));

describe('every query under cypher/', () => {
  it.each(queries.map((q) => [q.name, q]))('%s compiles (EXPLAIN)', async (_, query) => {
    await expect(probe(db, `EXPLAIN ${query.text}`)).resolves.toBeDefined();
  });

  it('takes its values as parameters, never as text pasted in', () => {
    expect(queries.filter((q) => /\$\{|'\s*\+|\+\s*'/.test(q.text)).map((q) => q.name)).toEqual([]);
  });
});
