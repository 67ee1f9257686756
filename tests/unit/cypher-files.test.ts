import { describe, expect, it } from 'vitest';
import { allQueries, cypher } from '../../db/cypher-files.ts';
import { schemaStatements } from '../../db/apply-schema.ts';

describe('cypher files', () => {
  it('names a missing file', () => {
    expect(() => cypher('region/no-such-query')).toThrow('Missing Cypher file: cypher/region/no-such-query.cypher');
  });

  it('finds a query by its path', () => {
    expect(cypher('region/find-regions-by-code').text).toContain('$codes');
  });

  it('opens every query file with a comment that says what it answers', () => {
    const undocumented = allQueries().filter((q) => !q.text.trimStart().startsWith('//'));
    expect(undocumented.map((q) => q.name)).toEqual([]);
  });

  it('splits schema files into statements that each say IF NOT EXISTS', () => {
    const statements = schemaStatements();
    expect(statements.length).toBeGreaterThan(2);
    expect(statements.filter((s) => !s.text.includes('IF NOT EXISTS')).map((s) => s.name)).toEqual([]);
  });
});
