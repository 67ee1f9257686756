import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FirmRecord } from '../../import/check/records.ts';
import { ImportStamp } from '../../import/plan/import-stamp.ts';
import { planFirms } from '../../import/plan/plan-firms.ts';
import { testDatabase } from '../helpers/database.ts';

// How a roster's row finds its firm in the graph (cypher/import/match-firms.cypher): by credit
// code, else by name, else by alias, among the firms of the row's county or of a park in it that
// have no other credit code. Everything here lies in a province of its own (94, unused by GB/T 2260).
const db = await testDatabase();

const record = (rowNumber: number, name: string, regionCode: string, creditCode: string | null = null): FirmRecord => ({
  rowNumber, name, creditCode, creditCodeWarning: null, legalRepresentative: null, foundedOn: null, registeredCapital: null, status: null,
  regionCode, regionSource: 'columns', park: null, address: null, industry: { section: null, division: null, group: null, class: null },
  industryCode: null, businessScope: null, firmType: null, tags: [], note: null,
});

beforeAll(async () => {
  await db.write({
    name: 'test/match-firms-graph',
    text: `CREATE (p:Region:Province {code: '94', name: '匹配省', level: 'province'})
           CREATE (c:Region:City {code: '9401', name: '匹配市', level: 'city'})-[:PART_OF]->(p)
           CREATE (a:Region:County {code: '940101', name: '匹配甲县', level: 'county'})-[:PART_OF]->(c)
           CREATE (b:Region:County {code: '940102', name: '匹配乙县', level: 'county'})-[:PART_OF]->(c)
           CREATE (park:Park {id: 'park-test-match', name: '匹配园区'})-[:IN]->(a)
           CREATE (:Firm {id: 'firm-test-match-county', name: '匹配县内有限公司'})-[:LOCATED_IN]->(a)
           CREATE (:Firm {id: 'firm-test-match-park', name: '匹配园内有限公司'})-[:LOCATED_IN]->(park)
           CREATE (:Firm {id: 'firm-test-match-other', name: '匹配邻县有限公司'})-[:LOCATED_IN]->(b)
           CREATE (:Firm {id: 'firm-test-match-coded', name: '匹配有码有限公司', creditCode: '91940101MATCH0001'})-[:LOCATED_IN]->(a)
           CREATE (:Firm {id: 'firm-test-match-alias', name: '匹配正名有限公司', aliases: ['匹配旧名有限公司', '匹配县内有限公司']})-[:LOCATED_IN]->(a)`,
  });
});

afterAll(async () => {
  await db.write({ name: 'test/match-firms-cleanup', text: "MATCH (x) WHERE x.id STARTS WITH 'firm-test-match-' OR x.id = 'park-test-match' OR x.code STARTS WITH '94' DETACH DELETE x" });
});

describe('a roster row without a credit code', () => {
  it('finds its firm by name in its county or a park there, else by alias; not a namesake elsewhere or with another code', async () => {
    const plans = await planFirms(
      db,
      [
        // Both a name and another firm's alias: the name wins.
        record(2, '匹配县内有限公司', '940101'),
        record(3, '匹配园内有限公司', '940101'),
        record(4, '匹配旧名有限公司', '940101'),
        // In another county than the row's.
        record(5, '匹配邻县有限公司', '940101'),
        // The firm has a credit code, and the row another.
        record(6, '匹配有码有限公司', '940101', '91940101MATCH0002'),
        record(7, '匹配有码有限公司', '940101', '91940101MATCH0001'),
        // An alias, but in another county.
        record(8, '匹配旧名有限公司', '940102'),
      ],
      new ImportStamp('import-test-match', 'test-match.csv'),
      [],
    );
    expect(plans.map((p) => [p.row, p.op === 'new' ? null : p.id, p.matchedBy])).toEqual([
      [2, 'firm-test-match-county', 'name'],
      [3, 'firm-test-match-park', 'name'],
      [4, 'firm-test-match-alias', 'alias'],
      [5, null, null],
      [6, null, null],
      [7, 'firm-test-match-coded', 'creditCode'],
      [8, null, null],
    ]);
  });
});
