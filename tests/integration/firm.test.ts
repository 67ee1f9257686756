import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphqlClient, graphqlData, itLooksUpById, lookUpBothWays } from '../helpers/graphql.ts';
import { probe } from '../helpers/probe.ts';
import { inRolledBackTransaction } from '../helpers/rolled-back.ts';
import { cypher } from '../../db/cypher-files.ts';
import { neo4jDate } from '../../db/to-neo4j.ts';

// firm(id:) (api/modules/firm/). Read-only: the database is shared with other test files.
// Firms' facts as the articles state them are checked in knowledge-graph.test.ts; the round trips
// of a firm's lookup in round-trips.test.ts.
const db = await testDatabase();
const query = graphqlClient(db);

const data = graphqlData(db);

const firmFields = 'id key name location { __typename } park { key } region { code } makes { key } projects { key }';

describe('firm(id:)', () => {
  it('answers every firm by its id and by its global id, with its park, its region (a park’s region for a firm in a park) and what it makes', async () => {
    const firms = await probe(db, `
      MATCH (f:Firm)
      OPTIONAL MATCH (f)-[:LOCATED_IN]->(place)
      OPTIONAL MATCH (place)-[:IN]->(parkRegion:Region)
      RETURN f.id AS key, f.name AS name, CASE WHEN place:Park THEN place.id END AS park,
             coalesce(parkRegion, CASE WHEN place:Region THEN place END).code AS region,
             CASE WHEN place:Park THEN 'Park' WHEN place:Region THEN 'Region' END AS location,
             COLLECT { MATCH (f)-[:MAKES]->(s:Segment) RETURN s.id ORDER BY s.id } AS makes,
             COLLECT { MATCH (f)<-[:BY]-(p:Project) RETURN p.id ORDER BY p.id } AS projects
      ORDER BY key`);
    expect(firms.some((row) => row.park !== null)).toBe(true);
    for (const row of firms) {
      const key = row.key as string;
      const byId = await lookUpBothWays(data, 'firm', 'Firm', key, firmFields);
      expect({
        ...byId,
        makes: byId.makes.map((s: any) => s.key).sort(),
        projects: byId.projects.map((p: any) => p.key).sort(),
      }, key).toEqual({
        id: `Firm:${key}`,
        key,
        name: row.name,
        location: row.location === null ? null : { __typename: row.location },
        park: row.park === null ? null : { key: row.park },
        region: row.region === null ? null : { code: row.region },
        makes: row.makes,
        projects: row.projects,
      });
    }
  });

  itLooksUpById(query, 'firm', 'Firm', 'Project:fx-p1');

  it('is null, or [] for tags, in every registry field of a firm only the articles name', async () => {
    const { firm } = await data(`{ firm(id: "jingui-silver") {
      creditCode creditCodeWarning registryStatus foundedOn registeredCapital { amount } industryCode { code }
      businessScope legalRepresentative address firmType tags sources { kind fileName counts { rows } } } }`);
    const { sources, ...registry } = firm;
    expect(registry).toEqual({
      creditCode: null, creditCodeWarning: null, registryStatus: null, foundedOn: null, registeredCapital: null, industryCode: null,
      businessScope: null, legalRepresentative: null, address: null, firmType: null, tags: [],
    });
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source).toEqual({ kind: 'ARTICLE', fileName: null, counts: null });
  });
});

describe('a firm from a roster import', () => {
  // Written with the importer's own statements (the properties import/plan/plan-firms.ts gives),
  // in a transaction rolled back afterwards.
  const stamp = { id: 'import-test-firm', fileName: 'test-roster.xlsx' };
  const importSource = {
    id: stamp.id, title: stamp.fileName, file: stamp.fileName, sha256: 'ab'.repeat(32), fileKind: 'firms',
    importedAt: '2026-11-30T08:15:00.000Z', importedBy: 'tester', rowCount: 5, newCount: 2, changedCount: 1, unchangedCount: 1,
    refusedCount: 1, rosterKey: null,
  };
  const firmProps = {
    name: '测试导入企业有限公司', aliases: [], searchText: '测试导入企业有限公司', creditCode: '91360824MA35TEST0X', creditCodeWarning: null,
    legalRepresentative: '张示例', foundedOn: neo4jDate('2019-03-29'), registeredCapital: 50_000_000, registeredCapitalCurrency: 'CNY',
    status: 'deregistered', address: '江西省吉安市新干县示例路1号', industryCode: '2612', industryCodeEdition: '2017', industryName: '无机碱制造',
    businessScope: '烧碱、液氯生产、销售', firmType: '有限责任公司', tags: ['专精特新中小企业', '高新技术企业'], importNote: null,
    importId: stamp.id, importRow: 3, sources: [stamp.id], evidence: ['test-roster.xlsx · 第 3 行'],
  };

  it('answers its registry fields, and its import as its source with the file and row as evidence', async () => {
    const answer = await inRolledBackTransaction(async (txDb, tx) => {
      await tx.run(cypher('import/create-import-source'), { source: importSource });
      await tx.run(cypher('import/write-firms'), {
        import: stamp.id,
        firms: [{ id: 'firm-test-import', row: 3, props: firmProps, placeChanged: true, park: null, region: '360824' }],
      });
      await tx.run(cypher('firm/set-firm-region-paths'), { ids: ['firm-test-import'] });
      return graphqlClient(txDb)(`{ firm(id: "Firm:firm-test-import") {
        name creditCode creditCodeWarning registryStatus foundedOn registeredCapital { amount currency }
        industryCode { code edition name } businessScope legalRepresentative address firmType tags region { code }
        sources { id kind title file fileName sha256 fileKind importedAt importedBy statementCount
                  counts { rows new changed unchanged refused } publishedOn }
        evidence } }`);
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      firm: {
        name: '测试导入企业有限公司', creditCode: '91360824MA35TEST0X', creditCodeWarning: null, registryStatus: 'DEREGISTERED',
        foundedOn: '2019-03-29', registeredCapital: { amount: 50_000_000, currency: 'CNY' },
        industryCode: { code: '2612', edition: '2017', name: '无机碱制造' }, businessScope: '烧碱、液氯生产、销售',
        legalRepresentative: '张示例', address: '江西省吉安市新干县示例路1号', firmType: '有限责任公司',
        tags: ['专精特新中小企业', '高新技术企业'], region: { code: '360824' },
        sources: [{
          id: 'Source:import-test-firm', kind: 'IMPORT', title: 'test-roster.xlsx', file: 'test-roster.xlsx', fileName: 'test-roster.xlsx',
          sha256: 'ab'.repeat(32), fileKind: 'FIRMS', importedAt: '2026-11-30T08:15:00.000Z', importedBy: 'tester', statementCount: 0,
          counts: { rows: 5, new: 2, changed: 1, unchanged: 1, refused: 1 }, publishedOn: null,
        }],
        evidence: ['test-roster.xlsx · 第 3 行'],
      },
    });
  });
});
