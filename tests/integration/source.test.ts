import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphqlClient, graphqlData, itLooksUpById, lookUpBothWays } from '../helpers/graphql.ts';
import { probe } from '../helpers/probe.ts';

// source(id:) (api/modules/source/). Read-only: the database is shared with other test files.
// The sources and evidence of facts are checked with the articles in knowledge-graph.test.ts.
const db = await testDatabase();
const query = graphqlClient(db);

const data = graphqlData(db);

const sourceFields =
  'id key kind title subtitle publisher publishedOn file script statementCount fileName sha256 fileKind importedAt importedBy counts { rows }';

describe('source(id:)', () => {
  it('answers every source article by its id and by its global id, as an ARTICLE without an import’s fields', async () => {
    const sources = await probe(db, `
      MATCH (s:Source) WHERE s.kind IS NULL
      RETURN s.id AS key, 'ARTICLE' AS kind, s.title AS title, s.subtitle AS subtitle, s.publisher AS publisher, toString(s.publishedOn) AS publishedOn,
             s.file AS file, toUpper(s.script) AS script, COUNT { (s)<-[:FROM]-(:Statement) } AS statementCount
      ORDER BY key`);
    expect(sources.length).toBeGreaterThan(0);
    for (const row of sources) {
      const key = row.key as string;
      const byId = await lookUpBothWays(data, 'source', 'Source', key, sourceFields);
      // An article has none of an import's fields (firm.test.ts reads an import's).
      expect(byId, key).toEqual({
        id: `Source:${key}`, ...row, fileName: null, sha256: null, fileKind: null, importedAt: null, importedBy: null, counts: null,
      });
    }
    // Some article keeps statements that fit no other shape, so statementCount is not checked on zeros alone.
    expect(sources.some((row) => (row.statementCount as number) > 0)).toBe(true);
  });

  itLooksUpById(query, 'source', 'Source', 'Firm:jingui-silver');
});
