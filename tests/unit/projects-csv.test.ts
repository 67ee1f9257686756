import { describe, expect, it } from 'vitest';
import { BOM, csvField, projectsCsv, type CsvProject } from '../../web/src/views/Projects/projects-csv.ts';

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

  it('starts with a BOM and the header, one CRLF line per project', () => {
    const csv = projectsCsv([project, { ...project, name: '项目, "二期"', firm: null, chains: [], investmentCny: null }]);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(BOM.length).split('\r\n');
    expect(lines).toEqual([
      'name,firm,place,chains,status,signedOn,investmentCny,capacity,source',
      '上海安能项目,上海安能,郴州市,锂电池; 新能源,SIGNED,2024-03-01,40600000000,年产30000吨六氟磷酸锂,以工業之力為全局添彩',
      '"项目, ""二期""",,郴州市,,SIGNED,2024-03-01,,年产30000吨六氟磷酸锂,以工業之力為全局添彩',
      '',
    ]);
  });

  it('writes only the header when nothing matches', () => {
    expect(projectsCsv([])).toBe(`${BOM}name,firm,place,chains,status,signedOn,investmentCny,capacity,source\r\n`);
  });
});
