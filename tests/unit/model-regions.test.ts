import { describe, expect, it } from 'vitest';
import { modelRegions } from '../../seed/regions/model-regions.ts';
import { readRegions } from '../../seed/regions/read-regions.ts';

describe('modelRegions', () => {
  it('names the municipalities’ placeholder cities after the municipality and keeps the source name', () => {
    const rows = modelRegions([
      { code: '50', name: '重庆市', parent: null },
      { code: '5001', name: '市辖区', parent: '50' },
      { code: '5002', name: '县', parent: '50' },
      { code: '500101', name: '万州区', parent: '5001' },
    ]);
    expect(rows.map((r) => [r.code, r.name, r.level, r.sourceName])).toEqual([
      ['50', '重庆市', 'province', '重庆市'],
      ['5001', '重庆市', 'city', '市辖区'],
      ['5002', '重庆市(县)', 'city', '县'],
      ['500101', '万州区', 'county', '万州区'],
    ]);
  });

  it('refuses a code of the wrong length', () => {
    expect(() => modelRegions([{ code: '360', name: 'x', parent: null }])).toThrow(/360/);
  });
});

describe('regions.csv', () => {
  const regions = readRegions();
  const count = (level: string) => regions.filter((r) => r.level === level).length;

  it('holds all of GB/T 2260 down to counties', () => {
    expect([count('province'), count('city'), count('county')]).toEqual([31, 342, 2978]);
  });

  it('has every parent in the file', () => {
    const codes = new Set(regions.map((r) => r.code));
    expect(regions.filter((r) => r.parent && !codes.has(r.parent))).toEqual([]);
  });
});
