import { describe, expect, it } from 'vitest';
import { BOM, csvField, projectsCsv, yuanToYi, type CsvProject, type CsvText } from '../../web/src/views/Projects/projects-csv.ts';

const project: CsvProject = {
  name: '上海安能项目',
  firm: '上海安能',
  place: '郴州市',
  chains: ['锂电池', '新能源'],
  status: 'SIGNED',
  signedOn: '2024-03-01',
  investmentCny: 40600000000,
  capacity: '年产30000吨六氟磷酸锂',
  source: '以工業之力為全局添彩',
};

/** The words of the Chinese interface, as the view passes them. */
const zh: CsvText = {
  header: {
    name: '项目名称', firm: '企业', place: '地点', chains: '产业链', status: '状态', signedOn: '签约日期',
    investmentYi: '投资额（亿元）', investmentCny: '投资额（元）', capacity: '产能', source: '来源',
  },
  status: (status) => ({ SIGNED: '已签约', IN_PRODUCTION: '已投产' })[status] ?? status,
  unknown: '未知',
};
const ZH_HEADER = '项目名称,企业,地点,产业链,状态,签约日期,投资额（亿元）,投资额（元）,产能,来源';

describe('projects CSV', () => {
  it('leaves plain fields alone and quotes commas, quotes and line breaks', () => {
    expect(csvField('锂电池')).toBe('锂电池');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(null)).toBe('');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
  });

  it('starts with a BOM and the header in the interface’s language, one CRLF line per project', () => {
    const csv = projectsCsv([project, { ...project, name: '项目, "二期"', firm: null, chains: [], investmentCny: 80_000_000, status: 'IN_PRODUCTION' }], zh);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(BOM.length).split('\r\n');
    expect(lines).toEqual([
      ZH_HEADER,
      '上海安能项目,上海安能,郴州市,锂电池; 新能源,已签约,2024-03-01,406,40600000000,年产30000吨六氟磷酸锂,以工業之力為全局添彩',
      '"项目, ""二期""",,郴州市,,已投产,2024-03-01,0.8,80000000,年产30000吨六氟磷酸锂,以工業之力為全局添彩',
      '',
    ]);
  });

  it('writes 未知 for an amount, a date and a status the sources do not give, never 0 or an empty cell', () => {
    const csv = projectsCsv([{ ...project, status: null, signedOn: null, investmentCny: null }], zh);
    const fields = csv.slice(BOM.length).split('\r\n')[1]!.split(',');
    expect(fields.slice(4, 8)).toEqual(['未知', '未知', '未知', '未知']);
  });

  it('writes amounts in 亿元 to the 万元', () => {
    expect([40_600_000_000, 350_000_000, 80_000_000, 12_345_678].map(yuanToYi)).toEqual([406, 3.5, 0.8, 0.1235]);
  });

  it('writes only the header when nothing matches', () => {
    expect(projectsCsv([], zh)).toBe(`${BOM}${ZH_HEADER}\r\n`);
  });
});
