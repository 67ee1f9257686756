import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckDigit } from '../../core/credit-code.ts';
import { deriveAnalytics } from '../../derive/derive-analytics.ts';
import { importFile } from '../../import/import-file.ts';
import { undoImport } from '../../import/undo/undo-import.ts';
import { testDatabase } from '../helpers/database.ts';
import { probe } from '../helpers/probe.ts';

// An import derives only the places it touched (derive/derive-touched.ts): its rows must be those a
// whole derive gives. Everything here lies in a province of its own (96, unused by GB/T 2260), and
// each import is undone before the end.
const db = await testDatabase();
const dir = mkdtempSync(path.join(os.tmpdir(), 'chain-atlas-derive-touched-'));
const code = (body: string) => `${body}${creditCodeCheckDigit(body)}`;

function roster(name: string, rows: string[][]): string {
  const file = path.join(dir, name);
  const header = ['企业名称', '统一社会信用代码', '登记状态', '所属省份', '所属城市', '所属区县', '经营范围', '标签'];
  writeFileSync(file, [header, ...rows].map((row) => row.join(',')).join('\n'));
  return file;
}

const firms = (scopeOfFirst: string, statusOfSecond: string) => [
  ['派生测试甲有限公司', code('91960101DRWE00001'), '存续', '测试省派', '测试市生', '测试县一', scopeOfFirst, '测试'],
  ['派生测试乙有限公司', code('91960101DRWE00002'), statusOfSecond, '测试省派', '测试市生', '测试县一', '生产烧碱、液氯、盐酸', '测试'],
  ['派生测试丙有限公司', code('91960102DRWE00003'), '存续', '测试省派', '测试市生', '测试县二', '锂电池、正极材料、负极材料的生产', '测试'],
];

/** Every presence row and each segment's relatedness (its index aside: an order, not a value; phiTotal to 9 places, as the order of the sum moves its last bits). */
const derived = async () => ({
  presence: await probe(db, `MATCH (p:Presence) RETURN properties(p) AS p ORDER BY p.place, p.segment`),
  relatedness: await probe(db, `MATCH (r:SegmentRelatedness) RETURN r.segment AS segment, r.units AS units, round(r.phiTotal, 9) AS phiTotal ORDER BY segment`),
});

const imported: string[] = [];

beforeAll(async () => {
  await db.write({
    name: 'test/derive-touched-regions',
    text: `CREATE (p:Region:Province {code: '96', name: '测试省派', level: 'province', sourceName: '测试省派', searchText: '测试省派'})
           CREATE (c:Region:City {code: '9601', name: '测试市生', level: 'city', sourceName: '测试市生', searchText: '测试市生'})-[:PART_OF]->(p)
           CREATE (:Region:County {code: '960101', name: '测试县一', level: 'county', sourceName: '测试县一', searchText: '测试县一'})-[:PART_OF]->(c)
           CREATE (:Region:County {code: '960102', name: '测试县二', level: 'county', sourceName: '测试县二', searchText: '测试县二'})-[:PART_OF]->(c)`,
  });
});

afterAll(async () => {
  for (const id of imported.reverse()) await undoImport(db, id);
  await db.write({ name: 'test/derive-touched-cleanup', text: `MATCH (r:Region) WHERE r.code STARTS WITH '96' DETACH DELETE r` });
});

describe('an import derives the places it touched', () => {
  it('as a whole derive would, for new firms in two counties', async () => {
    const outcome = await importFile(db, roster('first.csv', firms('生产烧碱、氢氧化钠', '存续')));
    imported.push(outcome.id);
    expect(outcome.written?.derive).toBe('touched');
    const touched = await derived();
    await deriveAnalytics({ read: (q, p) => db.read(q, p), write: (q, p) => db.write(q, p) });
    expect(touched).toEqual(await derived());
  });

  it('as a whole derive would, when a firm changes its segments and another is deregistered', async () => {
    const outcome = await importFile(db, roster('second.csv', firms('锂电池的生产', '注销')));
    imported.push(outcome.id);
    expect(outcome.counts).toMatchObject({ changed: 2 });
    expect(outcome.written?.derive).toBe('touched');
    const touched = await derived();
    await deriveAnalytics({ read: (q, p) => db.read(q, p), write: (q, p) => db.write(q, p) });
    expect(touched).toEqual(await derived());
  });
});
