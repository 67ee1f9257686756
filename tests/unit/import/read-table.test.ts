import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanCell } from '../../../import/read/clean-cell.ts';
import { readTable } from '../../../import/read/read-table.ts';
import type { TableRow } from '../../../import/read/table.ts';
import { previewFile } from '../../../import/preview.ts';
import { csvRegionIndex } from '../../helpers/csv-region-index.ts';

const fixture = (name: string) => path.join(import.meta.dirname, '../../fixtures/import', name);

async function rowsOf(file: string, options = {}): Promise<TableRow[]> {
  const rows: TableRow[] = [];
  for await (const row of (await readTable(file, options)).rows) rows.push(row);
  return rows;
}

describe('cleanCell', () => {
  it.each(['-', '--', '—', '无', 'NULL', 'n/a', '/', '暂无', '未知', 'NaN', '*', '**', '****', '  ', '="-"'])('reads %s as empty', (raw) => {
    expect(cleanCell(raw)).toBeNull();
  });

  it('unwraps ="..." and trims', () => {
    expect(cleanCell(' ="0012345" ')).toBe('0012345');
    expect(cleanCell('-5')).toBe('-5');
  });
});

describe('readTable on CSV', () => {
  // The three CSV fixtures hold the same rows: UTF-8, UTF-8 with a BOM, and GBK bytes.
  const expectedRows = (rows: TableRow[]) => {
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0]!.cells[0]).toBe('企业名称');
    expect(rows[1]!.cells.slice(0, 5)).toEqual(['新干示例盐化有限公司', '91310110666007217T', '2019-03-29', '305843.0395万元人民币', '存续（在营、开业、在册）']);
    expect(rows[2]!.cells[1]).toBeNull();
    expect(rows[3]!.cells.every((c) => c === null)).toBe(true);
    expect(rows[4]!.cells[8]).toBeNull();
  };

  it('detects UTF-8 without a BOM', async () => {
    expect((await readTable(fixture('utf8.csv'))).format).toMatchObject({ kind: 'csv', encoding: 'UTF-8', encodingSource: 'detected' });
    expectedRows(await rowsOf(fixture('utf8.csv')));
  });

  it('reads a BOM as UTF-8 and drops it from the first header', async () => {
    expect((await readTable(fixture('utf8-bom.csv'))).format).toMatchObject({ encoding: 'UTF-8', encodingSource: 'bom' });
    expectedRows(await rowsOf(fixture('utf8-bom.csv')));
  });

  it('detects GBK bytes (as GB18030, its superset) and decodes them', async () => {
    expect((await readTable(fixture('gbk.csv'))).format).toMatchObject({ encoding: 'GB18030', encodingSource: 'detected' });
    expectedRows(await rowsOf(fixture('gbk.csv')));
  });

  it('takes --encoding over detection', async () => {
    expect((await readTable(fixture('gbk.csv'), { encoding: 'GBK' })).format).toMatchObject({ encoding: 'GBK', encodingSource: 'given' });
    await expect(readTable(fixture('gbk.csv'), { encoding: 'EBCDIC-XX' })).rejects.toMatchObject({ code: 'unknownEncoding' });
  });
});

describe('readTable on .xlsx', () => {
  it('reads the first sheet, the merged title cell as one value in row 1', async () => {
    const rows = await rowsOf(fixture('title-row.xlsx'));
    expect((await readTable(fixture('title-row.xlsx'))).format).toMatchObject({ kind: 'xlsx', sheet: '企业' });
    expect(rows[0]!.cells.filter((c) => c !== null)).toEqual(['数据使用声明：本表为测试数据，非真实企业']);
    expect(rows[1]!.rowNumber).toBe(2);
    expect(rows[2]!.cells.slice(0, 3)).toEqual(['新干示例盐化有限公司', '91310110666007217T', '43553']);
    // Row 4 is empty in the sheet; the next row keeps its own number.
    expect(rows.at(-1)!.rowNumber).toBe(5);
    expect(rows.at(-1)!.cells[1]).toBeNull();
  });

  it('reads a sheet by name and says which sheets there are when it is not found', async () => {
    const rows = await rowsOf(fixture('title-row.xlsx'), { sheet: '项目' });
    expect(rows[0]!.cells).toEqual(['项目名称', '总投资（亿元）', '状态', '所在区县']);
    await expect(readTable(fixture('title-row.xlsx'), { sheet: '没有' })).rejects.toMatchObject({ code: 'unknownSheet', params: { sheets: '企业, 项目' } });
  });

  it('refuses other files', async () => {
    await expect(readTable('roster.xls')).rejects.toMatchObject({ code: 'unsupportedFile' });
  });
});

describe('previewFile', () => {
  const regions = csvRegionIndex();
  it('checks the CSV rows: a wrapped code, an address region, a failing code and date', async () => {
    const preview = await previewFile(fixture('gbk.csv'), { regions });
    expect(preview.counts).toMatchObject({ read: 3, ok: 2, refused: 1, duplicates: 0, regionSources: { columns: 1, address: 1, creditCode: 0 } });
    expect(preview.problems.map((p) => [p.rowNumber, p.column?.letter, p.code])).toEqual([
      [5, 'B', 'creditCodeCheckDigit'],
      [5, 'C', 'badDate'],
    ]);
  });

  it('lets a failing check digit in with a warning when asked, still refusing the bad date', async () => {
    const preview = await previewFile(fixture('utf8.csv'), { regions, acceptBadCheckDigit: true });
    expect(preview.problems.map((p) => [p.code, p.severity])).toEqual([
      ['creditCodeCheckDigit', 'warn'],
      ['badDate', 'refuse'],
    ]);
  });

  it('finds the header under the title row and reads the serial date and the region string', async () => {
    const preview = await previewFile(fixture('title-row.xlsx'), { regions });
    expect([preview.header.rowNumber, preview.rowsAbove]).toEqual([2, 1]);
    expect(preview.counts).toMatchObject({ read: 2, ok: 1, refused: 1 });
    expect(preview.problems[0]).toMatchObject({ rowNumber: 5, column: { letter: 'E', header: '所属地区' }, code: 'regionNotFound', params: { name: '新千县' } });
  });

  it('reads a ledger sheet: header unit, cell unit, statuses, a short county name', async () => {
    const preview = await previewFile(fixture('title-row.xlsx'), { regions, sheet: '项目' });
    expect(preview.mapping.kind).toBe('projects');
    expect(preview.counts).toMatchObject({ read: 2, ok: 2, refused: 0 });
  });
});
