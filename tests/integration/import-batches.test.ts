import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckDigit } from '../../core/credit-code.ts';
import type { Database } from '../../db/database.ts';
import { importFile, type ImportProgress } from '../../import/import-file.ts';
import { listImports } from '../../import/list-imports.ts';
import { undoImport } from '../../import/undo/undo-import.ts';
import { testDatabase } from '../helpers/database.ts';
import { census } from '../helpers/census.ts';
import { probe } from '../helpers/probe.ts';

// An import written in batches (import/import-file.ts): the file's counts hold across batches, and
// one that fails after a batch was committed leaves the graph as it was. Everything here lies in a
// province of its own (95, unused by GB/T 2260).
const db = await testDatabase();
const dir = mkdtempSync(path.join(os.tmpdir(), 'chain-atlas-import-batches-'));
const code = (body: string) => `${body}${creditCodeCheckDigit(body)}`;

const file = path.join(dir, 'batches.csv');
writeFileSync(
  file,
  [
    ['企业名称', '统一社会信用代码', '登记状态', '所属省份', '所属城市', '所属区县', '经营范围', '标签'],
    ['分批测试甲有限公司', code('91950101BATC00001'), '存续', '测试省分', '测试市批', '测试县甲', '生产烧碱、液氯', '测试'],
    ['分批测试乙有限公司', code('91950101BATC00002'), '存续', '测试省分', '测试市批', '测试县甲', '锂电池的生产', '测试'],
    // A second row for the first firm, in another batch: refused as a duplicate of row 2.
    ['分批测试甲有限公司', code('91950101BATC00001'), '存续', '测试省分', '测试市批', '测试县甲', '生产烧碱', '测试'],
    ['分批测试丙有限公司', code('91950101BATC00003'), '存续', '测试省分', '测试市批', '测试县甲', '正极材料', '测试'],
  ]
    .map((row) => row.join(','))
    .join('\n'),
);


/** The database, with its `nth` write transaction failing (as a lost connection would). */
function failingAt(nth: number): Database {
  let calls = 0;
  return new Proxy(db, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      // The Database keeps its driver in a private field: its methods run on it, not on the proxy.
      if (key !== 'writeTransaction') return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      return (tag: string, work: Parameters<Database['writeTransaction']>[1]) => {
        calls++;
        if (calls === nth) return Promise.reject(new Error('the database went away'));
        return target.writeTransaction(tag, work);
      };
    },
  });
}

beforeAll(async () => {
  await db.write({
    name: 'test/import-batches-regions',
    text: `CREATE (p:Region:Province {code: '95', name: '测试省分', level: 'province', sourceName: '测试省分', searchText: '测试省分'})
           CREATE (c:Region:City {code: '9501', name: '测试市批', level: 'city', sourceName: '测试市批', searchText: '测试市批'})-[:PART_OF]->(p)
           CREATE (:Region:County {code: '950101', name: '测试县甲', level: 'county', sourceName: '测试县甲', searchText: '测试县甲'})-[:PART_OF]->(c)`,
  });
});

afterAll(async () => {
  await db.write({ name: 'test/import-batches-cleanup', text: `MATCH (r:Region) WHERE r.code STARTS WITH '95' DETACH DELETE r` });
});

describe('an import in batches', () => {
  it('undoes the batches it wrote when a later one fails, leaving the graph as it was', async () => {
    const before = await census(db);
    await expect(importFile(failingAt(2), file, { batchRows: 1 })).rejects.toThrow('the database went away');
    expect(await census(db)).toEqual(before);
    expect((await listImports(db)).filter((i) => i.file === 'batches.csv')).toEqual([]);
  });

  it('counts the whole file, refuses a duplicate in another batch, and tells its progress', async () => {
    const progress: ImportProgress[] = [];
    const outcome = await importFile(db, file, { batchRows: 1, onProgress: (p) => progress.push(p) });
    expect(outcome.counts).toMatchObject({ new: 3, changed: 0, unchanged: 0, refused: 1 });
    expect(outcome.problems.map((p) => [p.rowNumber, p.code])).toEqual([[4, 'duplicateCreditCode'], [4, 'duplicateName']]);
    expect(progress.map((p) => p.phase)).toEqual(['reading', 'reading', 'reading', 'deriving', 'done']);
    expect(progress.at(-1)).toMatchObject({ rowsRead: 3, rowsPlanned: 3 });
    const [source] = await probe(db, 'MATCH (s:Source {id: $id}) RETURN s.rowCount AS rows, s.newCount AS created, s.refusedCount AS refused', { id: outcome.id });
    expect(source).toEqual({ rows: 4, created: 3, refused: 1 });
    await undoImport(db, outcome.id);
  });
});
