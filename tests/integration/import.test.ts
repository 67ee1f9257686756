import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckDigit } from '../../core/credit-code.ts';
import { importFile } from '../../import/import-file.ts';
import { listImports } from '../../import/list-imports.ts';
import { undoImport } from '../../import/undo/undo-import.ts';
import { testDatabase } from '../helpers/database.ts';
import { graphqlData } from '../helpers/graphql.ts';
import { census } from '../helpers/census.ts';
import { probe } from '../helpers/probe.ts';

// npm run import's writes (import/), on the database the other test files read: everything this file
// writes lies in a province of its own (97, which GB/T 2260 does not use; the analytics fixture has
// 99 and 98), and each import is undone before the end, which the census at the end checks.
const db = await testDatabase();
const data = graphqlData(db);
const dir = mkdtempSync(path.join(os.tmpdir(), 'chain-atlas-import-'));

const code = (body: string) => `${body}${creditCodeCheckDigit(body)}`;
const JIA = code('91970101TEXT00001');
const YI = code('91970101TEXT00002');

/** A roster as a registry exports it, in UTF-8: header, then one line a firm. */
function roster(name: string, rows: string[][]): string {
  const file = path.join(dir, name);
  const header = ['企业名称', '统一社会信用代码', '登记状态', '成立日期', '注册资本', '所属省份', '所属城市', '所属区县', '国标行业小类', '标签'];
  writeFileSync(file, [header, ...rows].map((row) => row.join(',')).join('\n'));
  return file;
}

const firmRows = (jiaCapital: string) => [
  ['测试导入甲有限公司', JIA, '存续', '2015-06-01', jiaCapital, '测试省丙', '测试市丁', '测试县戊', '2613 无机盐制造', '专精特新'],
  ['测试导入乙有限公司', YI, '注销', '2010-01-02', '100万美元', '测试省丙', '测试市丁', '测试县戊', '', ''],
  ['测试导入丁有限公司', '', '在业', '', '', '测试省丙', '测试市丁', '测试县戊', '', ''],
  // Refused: a date that is none.
  ['测试导入丙有限公司', '', '存续', '2019年13月5日', '', '测试省丙', '测试市丁', '测试县戊', '', ''],
];

const sample = () =>
  probe(db, `MATCH (x) WHERE x:Firm OR x:Project OR x:Presence OR x:Roster OR x:Source
             WITH x ORDER BY coalesce(x.id, x.place + '/' + x.segment) LIMIT 400 RETURN properties(x) AS p`);
const firm = async (name: string) => (await probe(db, 'MATCH (f:Firm {name: $name}) RETURN properties(f) AS f', { name }))[0]?.f as Record<string, unknown> | undefined;

let before: Awaited<ReturnType<typeof census>>;
let sampleBefore: Awaited<ReturnType<typeof sample>>;

beforeAll(async () => {
  await db.write({
    name: 'test/import-regions',
    text: `CREATE (p:Region:Province {code: '97', name: '测试省丙', level: 'province', sourceName: '测试省丙', searchText: '测试省丙'})
           CREATE (c:Region:City {code: '9701', name: '测试市丁', level: 'city', sourceName: '测试市丁', searchText: '测试市丁'})-[:PART_OF]->(p)
           CREATE (:Region:County {code: '970101', name: '测试县戊', level: 'county', sourceName: '测试县戊', searchText: '测试县戊'})-[:PART_OF]->(c)`,
  });
  before = await census(db);
  sampleBefore = await sample();
});

afterAll(async () => {
  // Leaves nothing behind should a test have failed half-way: its imports undone, newest first, then its regions.
  const ours = (await listImports(db)).filter((i) => i.file.startsWith('test-import-')).reverse();
  for (const i of ours) await undoImport(db, i.id).catch(() => undefined);
  await db.write({ name: 'test/import-regions-delete', text: "MATCH (r:Region) WHERE r.code STARTS WITH '97' DETACH DELETE r" });
});

describe('importing a roster', () => {
  const first = roster('test-import-roster.csv', firmRows('5000万元'));
  let firstId: string;

  it('writes the accepted rows as firms in their region, with the file and row as their provenance', async () => {
    const outcome = await importFile(db, first, { by: 'tester' });
    firstId = outcome.id;
    expect(outcome.counts).toEqual({ new: 3, changed: 0, unchanged: 0, refused: 1, linked: 0 });
    expect(outcome.written).not.toBeNull();
    expect(await firm('测试导入丙有限公司')).toBeUndefined();
    expect(await firm('测试导入甲有限公司')).toMatchObject({
      id: `firm-${JIA}`, creditCode: JIA, status: 'active', foundedOn: '2015-06-01', registeredCapital: 50_000_000, registeredCapitalCurrency: 'CNY',
      industryCode: '2613', industryCodeEdition: '2017', tags: ['专精特新'], regionPath: ['970101', '9701', '97'],
      sources: [firstId], evidence: ['test-import-roster.csv · 第 2 行'], importId: firstId, importRow: 2,
    });
    expect(await firm('测试导入乙有限公司')).toMatchObject({ status: 'deregistered', registeredCapital: 1_000_000, registeredCapitalCurrency: 'USD' });
    const located = await probe(db, 'MATCH (:Firm {name: $name})-[r:LOCATED_IN]->(p:Region) RETURN p.code AS code, properties(r) AS r', { name: '测试导入丁有限公司' });
    expect(located).toEqual([{ code: '970101', r: { import: firstId, row: 4 } }]);
    const [source] = await probe(db, 'MATCH (s:Source {id: $id}) RETURN properties(s) AS s', { id: firstId });
    expect(source!.s).toMatchObject({ kind: 'import', file: 'test-import-roster.csv', fileKind: 'firms', importedBy: 'tester', rowCount: 4, newCount: 3, refusedCount: 1 });
    expect((source!.s as { sha256: string }).sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('shows an imported fact’s evidence through the API as the file and row', async () => {
    const { firm: found } = await data(`{ firm(id: "firm-${JIA}") { name sources { title file } evidence } }`);
    expect(found).toEqual({ name: '测试导入甲有限公司', sources: [{ title: 'test-import-roster.csv', file: 'test-import-roster.csv' }], evidence: ['test-import-roster.csv · 第 2 行'] });
  });

  it('changes nothing when the same file is imported again, and records no import', async () => {
    const censusAfterFirst = await census(db);
    const outcome = await importFile(db, first);
    expect(outcome.counts).toEqual({ new: 0, changed: 0, unchanged: 3, refused: 1, linked: 0 });
    expect(outcome.written).toBeNull();
    expect(await census(db)).toEqual(censusAfterFirst);
  });

  it('changes only the changed row when a corrected file is imported, and its undo restores the value before', async () => {
    const corrected = roster('test-import-roster-corrected.csv', firmRows('6000万元'));
    const outcome = await importFile(db, corrected);
    expect(outcome.counts).toEqual({ new: 0, changed: 1, unchanged: 2, refused: 1, linked: 0 });
    expect(await firm('测试导入甲有限公司')).toMatchObject({
      registeredCapital: 60_000_000, sources: [firstId, outcome.id], evidence: ['test-import-roster.csv · 第 2 行', 'test-import-roster-corrected.csv · 第 2 行'],
    });
    expect(await firm('测试导入乙有限公司')).toMatchObject({ importId: firstId });
    await undoImport(db, outcome.id);
    expect(await firm('测试导入甲有限公司')).toMatchObject({ registeredCapital: 50_000_000, sources: [firstId], importId: firstId, importRow: 2 });
  });
});

describe('importing a GBK ledger', () => {
  let ledgerId: string;

  it('links an investor to the known firm it names, and keeps an unknown one as text', async () => {
    const file = path.join(dir, 'test-import-ledger.csv');
    const lines = [
      '项目名称,投资方,总投资（亿元）,签约日期,状态,所在区县',
      '测试导入年产1万吨示例项目,测试导入甲有限公司,1.5,2024-03-01,已签约,测试县戊',
      '测试导入示例技改项目,测试未知投资有限公司,,2024-04-01,在建,测试县戊',
    ];
    writeFileSync(file, iconv.encode(lines.join('\r\n'), 'gbk'));
    const firmsBefore = (await census(db)).find((r) => r.k === 'Firm')!.n;
    const outcome = await importFile(db, file);
    ledgerId = outcome.id;
    expect(outcome.preview.format).toMatchObject({ kind: 'csv' });
    expect(outcome.counts).toEqual({ new: 2, changed: 0, unchanged: 0, refused: 0, linked: 1 });
    const projects = await probe(
      db,
      `MATCH (p:Project)-[:IN]->(:Region {code: '970101'}) OPTIONAL MATCH (p)-[by:BY]->(f:Firm)
       RETURN p.name AS name, p.investmentCny AS cny, p.status AS status, p.investor AS investor, f.id AS firm, by.import AS byImport ORDER BY name`,
    );
    expect(projects).toEqual([
      { name: '测试导入年产1万吨示例项目', cny: 150_000_000, status: 'signed', investor: '测试导入甲有限公司', firm: `firm-${JIA}`, byImport: ledgerId },
      { name: '测试导入示例技改项目', cny: null, status: 'under_construction', investor: '测试未知投资有限公司', firm: null, byImport: null },
    ]);
    expect((await census(db)).find((r) => r.k === 'Firm')!.n).toBe(firmsBefore);
  });

  it('refuses to undo the roster while the ledger links to its firm, naming the ledger', async () => {
    const [rosterImport] = (await listImports(db)).filter((i) => i.file === 'test-import-roster.csv');
    await expect(undoImport(db, rosterImport!.id)).rejects.toMatchObject({ code: 'laterImports', params: { later: expect.stringContaining(ledgerId) } });
  });
});

describe('a complete roster', () => {
  const segments = async () => {
    const { chainMap } = await data(`{ chainMap(chainId: "fixture-chain", regionCode: "970101") { rosters { scope } segments { segment { key } coverage } } }`);
    return chainMap as { rosters: { scope: string }[]; segments: { segment: { key: string }; coverage: string }[] };
  };

  it('turns a segment with no firm from UNKNOWN to MISSING, and back when undone', async () => {
    expect((await segments()).segments.map((s) => s.coverage)).toEqual(['UNKNOWN', 'UNKNOWN', 'UNKNOWN', 'UNKNOWN']);
    const file = roster('test-import-roster-complete.csv', firmRows('5000万元'));
    const outcome = await importFile(db, file, { completeFor: { place: '测试县戊', scope: '规上工业企业', asOf: '2024-12-31' } });
    expect(outcome.counts).toMatchObject({ new: 0, changed: 0, unchanged: 3 });
    expect(outcome.roster).toMatchObject({ op: 'new', placeName: '测试县戊' });
    const after = await segments();
    expect(after.rosters).toEqual([{ scope: '规上工业企业' }]);
    expect(after.segments.map((s) => s.coverage)).toEqual(['MISSING', 'MISSING', 'MISSING', 'MISSING']);
    const [row] = await probe(db, "MATCH (r:Roster)-[:COVERS]->(:Region {code: '970101'}) RETURN properties(r) AS r");
    expect(row!.r).toMatchObject({ complete: true, scope: '规上工业企业', asOf: '2024-12-31', source: outcome.id });
    await undoImport(db, outcome.id);
    expect((await segments()).segments.map((s) => s.coverage)).toEqual(['UNKNOWN', 'UNKNOWN', 'UNKNOWN', 'UNKNOWN']);
  });
});

describe('placing a roster’s firms on chain segments', () => {
  const header = ['企业名称', '统一社会信用代码', '登记状态', '所属省份', '所属城市', '所属区县', '国标行业小类', '经营范围'];
  const rows = [
    // Strong: code 2612 (无机碱制造) and 烧碱 in its scope agree → MAKES caustic-soda, method both.
    ['测试导入强盐化有限公司', code('91970101TEXT00011'), '存续', '2612 无机碱制造', '烧碱生产、销售'],
    // Weak: a product word in its name only → a Proposal to review, no MAKES.
    ['测试导入盐酸有限公司', code('91970101TEXT00012'), '存续', '', ''],
    // Not placeable: a code the mapping does not hold, no keyword.
    ['测试导入咨询服务有限公司', code('91970101TEXT00013'), '存续', '7299 其他未列明商务服务业', '企业管理咨询'],
    // Deregistered: placed (code 2612 and 纯碱 agree), but never a producer.
    ['测试导入注销纯碱有限公司', code('91970101TEXT00014'), '注销', '2612 无机碱制造', '纯碱、碳酸钠生产'],
  ].map(([name, credit, status, industry, scope]) => [name, credit, status, '测试省丙', '测试市丁', '测试县戊', industry, scope]);
  const file = path.join(dir, 'test-import-placing.csv');
  writeFileSync(file, [header, ...rows].map((row) => row.join(',')).join('\n'));
  const ids: string[] = [];
  const coverage = async () => {
    const { chainMap } = await data(`{ chainMap(chainId: "salt-chemical", regionCode: "970101") { segments { segment { key } coverage } } }`);
    return Object.fromEntries((chainMap as { segments: { segment: { key: string }; coverage: string }[] }).segments.map((s) => [s.segment.key, s.coverage]));
  };
  const makes = (name: string) =>
    probe(db, 'MATCH (:Firm {name: $name})-[r:MAKES]->(s:Segment) RETURN s.id AS segment, properties(r) AS r ORDER BY segment', { name });
  const proposals = (name: string) =>
    probe(db, 'MATCH (x:Proposal)-[:OF]->(:Firm {name: $name}) MATCH (x)-[:TO]->(s:Segment) RETURN s.id AS segment, properties(x) AS x ORDER BY segment', { name });
  let censusBefore: Awaited<ReturnType<typeof census>>;
  let coverageBefore: Record<string, string>;

  it('writes MAKES for accepted proposals and Proposals for the rest, and lists the firm it could not place', async () => {
    censusBefore = await census(db);
    coverageBefore = await coverage();
    expect(new Set(Object.values(coverageBefore))).toEqual(new Set(['UNKNOWN']));
    const outcome = await importFile(db, file);
    ids.push(outcome.id);
    expect(outcome.placements.edition).toEqual({ edition: 2017, source: 'header' });
    expect(outcome.placements.rows.find((r) => r.name === '测试导入咨询服务有限公司')).toMatchObject({ row: 4, proposals: [], unplaced: { reason: 'code-unmapped', code: '7299' } });
    expect(outcome.placements.totals).toMatchObject({ rows: 4, unplaced: 1 });

    const strong = await makes('测试导入强盐化有限公司');
    expect(strong).toEqual([{ segment: 'caustic-soda', r: expect.objectContaining({ method: 'both', import: outcome.id, row: 2 }) }]);
    expect((strong[0]!.r as { confidence: number }).confidence).toBeGreaterThanOrEqual(0.7);
    expect((strong[0]!.r as { matched: string }).matched).toContain('2612');
    expect(await makes('测试导入盐酸有限公司')).toEqual([]);
    expect(await proposals('测试导入盐酸有限公司')).toEqual([
      { segment: 'hydrochloric-acid', x: expect.objectContaining({ kind: 'makes', method: 'keyword', status: 'pending', import: outcome.id, row: 3, confidence: 0.3 }) },
    ]);
    expect((await makes('测试导入注销纯碱有限公司')).map((m) => m.segment)).toEqual(['soda-ash']);
    const [presence] = await probe(db, "MATCH (p:Presence {place: '970101', segment: 'soda-ash'}) RETURN p.producerCount AS n");
    expect(presence).toBeUndefined();
    const [caustic] = await probe(db, "MATCH (p:Presence {place: '970101', segment: 'caustic-soda'}) RETURN p.producerCount AS n, p.firmIds AS ids");
    expect(caustic).toEqual({ n: 1, ids: [`firm-${code('91970101TEXT00011')}`] });
    const after = await coverage();
    expect(['PRESENT', 'THIN']).toContain(after['caustic-soda']);
    expect(after['soda-ash']).toBe('UNKNOWN');
  });

  it('proposes nothing new when the same file is imported again', async () => {
    const censusAfter = await census(db);
    const outcome = await importFile(db, file);
    expect(outcome.placements.plan.writes).toEqual([]);
    expect(outcome.placements.plan.known).toBeGreaterThan(0);
    expect(outcome.written).toBeNull();
    expect(await census(db)).toEqual(censusAfter);
  });

  it('never overwrites a placement a person made, and proposes again what no one decided', async () => {
    const firmId = `firm-${code('91970101TEXT00012')}`;
    const run = (name: string, text: string) => db.write({ name, text }, { id: firmId });
    // As if a reviewer had placed the weak firm by hand where the import proposed it.
    await run('test/person-makes', `MATCH (x:Proposal)-[:OF]->(f:Firm {id: $id}) DETACH DELETE x
                                    WITH DISTINCT 1 AS one MATCH (f:Firm {id: $id}), (s:Segment {id: 'hydrochloric-acid'}) CREATE (f)-[:MAKES {method: 'person'}]->(s)`);
    expect((await importFile(db, file, { dryRun: true })).placements.plan.writes).toEqual([]);
    await run('test/person-makes-delete', "MATCH (:Firm {id: $id})-[r:MAKES {method: 'person'}]->() DELETE r");
    const again = await importFile(db, file);
    ids.push(again.id);
    expect(again.placements.plan.writes).toMatchObject([{ entity: firmId, segment: 'hydrochloric-acid', accept: false }]);
    expect(await proposals('测试导入盐酸有限公司')).toMatchObject([{ segment: 'hydrochloric-acid', x: { import: again.id } }]);
  });

  it('with a complete roster, calls the placed segments PRESENT or THIN and the rest MISSING', async () => {
    const outcome = await importFile(db, file, { completeFor: { place: '测试县戊', scope: '规上工业企业' } });
    ids.push(outcome.id);
    const after = await coverage();
    expect(['PRESENT', 'THIN']).toContain(after['caustic-soda']);
    const rest = Object.entries(after).filter(([key]) => key !== 'caustic-soda').map(([, c]) => c);
    expect(new Set(rest)).toEqual(new Set(['MISSING']));
  });

  it('undone, leaves every label and relationship type (MAKES and Proposal too) counted as before', async () => {
    for (const id of ids.reverse()) await undoImport(db, id);
    expect(await census(db)).toEqual(censusBefore);
    expect(await coverage()).toEqual(coverageBefore);
  });
});

describe('undoing every import', () => {
  it('leaves each label and relationship type counted as before, and the sampled properties as they were', async () => {
    const ours = (await listImports(db)).filter((i) => i.file.startsWith('test-import-')).reverse();
    expect(ours.map((i) => i.file)).toEqual(['test-import-ledger.csv', 'test-import-roster.csv']);
    for (const i of ours) await undoImport(db, i.id);
    expect(await census(db)).toEqual(before);
    expect(await sample()).toEqual(sampleBefore);
  });
});
