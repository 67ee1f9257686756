import { describe, expect, it } from 'vitest';
import { findHeader } from '../../../import/columns/find-header.ts';
import { columnLetter, fieldOfHeader, splitHeaderUnit } from '../../../import/columns/header-names.ts';
import { mapColumns } from '../../../import/columns/map-columns.ts';
import type { TableRow } from '../../../import/read/table.ts';

async function* stream(rows: (string | null)[][]): AsyncGenerator<TableRow> {
  for (const [i, cells] of rows.entries()) yield { rowNumber: i + 1, cells };
}

async function collect(rows: AsyncIterable<TableRow>): Promise<number[]> {
  const numbers: number[] = [];
  for await (const row of rows) numbers.push(row.rowNumber);
  return numbers;
}

describe('header names', () => {
  it.each([
    ['企业（机构）类型', 'firmType'],
    ['企业(机构)类型', 'firmType'],
    [' 统一社会信用代码 ', 'creditCode'],
    ['企业名称*', 'name'],
    ['Company Name', 'name'],
    ['登记状态', 'status'],
    ['经营状态', 'status'],
    ['通信地址', 'address'],
  ])('reads %s as the roster field %s', (header, field) => {
    expect(fieldOfHeader('firms', header)?.field).toBe(field);
  });

  it('takes a unit from a ledger header', () => {
    expect(fieldOfHeader('projects', '总投资（亿元）')).toMatchObject({ field: 'investment', unit: '亿元' });
    expect(splitHeaderUnit('注册资本(单位：万元)')).toEqual({ base: '注册资本', unit: '万元' });
    expect(splitHeaderUnit('企业(机构)类型').unit).toBeNull();
  });

  it('names columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('findHeader', () => {
  it('finds the header under a 数据使用声明 row and hands on the rows after it', async () => {
    const found = await findHeader(
      stream([
        ['数据使用声明：……', null, null],
        [null, null, null],
        ['企业名称', '统一社会信用代码', '电话'],
        ['示例一', null, null],
        ['示例二', null, null],
      ]),
    );
    expect(found.header.rowNumber).toBe(3);
    expect(found.rowsAbove).toBe(2);
    expect(await collect(found.rows)).toEqual([4, 5]);
  });

  it('says so when no row in the first twenty names two known columns', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => [`第${i}行`, '企业名称']);
    await expect(findHeader(stream(rows))).rejects.toMatchObject({ code: 'noHeader' });
  });
});

describe('mapColumns', () => {
  it('detects a roster, prefers 注册地址 to 通信地址 and lists what it leaves unread', () => {
    const mapping = mapColumns(['公司名称', '通信地址', '注册地址', '电话', null, '统一社会信用代码']);
    expect(mapping.kind).toBe('firms');
    expect(mapping.columns.get('address')).toMatchObject({ header: '注册地址', letter: 'C' });
    expect(mapping.unread.map((c) => c.header)).toEqual(['通信地址', '电话']);
  });

  it('detects a ledger', () => {
    const mapping = mapColumns(['项目名称', '总投资（亿元）', '状态', '备注']);
    expect(mapping.kind).toBe('projects');
    expect(mapping.columns.get('investment')?.unit).toBe('亿元');
  });

  it('lets --map override by header or column letter, and refuses a field or header that does not exist', () => {
    const byHeader = mapColumns(['单位', '代码'], { kind: 'firms', overrides: ['name=单位', 'creditCode=B'] });
    expect(byHeader.columns.get('name')?.by).toBe('override');
    expect(byHeader.columns.get('creditCode')?.header).toBe('代码');
    expect(() => mapColumns(['单位'], { kind: 'firms', overrides: ['nom=单位'] })).toThrow(expect.objectContaining({ code: 'badMap' }));
    expect(() => mapColumns(['单位'], { kind: 'firms', overrides: ['name=名称'] })).toThrow(expect.objectContaining({ code: 'mapHeaderNotFound' }));
  });

  it('needs a name column', () => {
    expect(() => mapColumns(['统一社会信用代码', '成立日期'], { kind: 'firms' })).toThrow(expect.objectContaining({ code: 'noNameColumn' }));
  });
});
