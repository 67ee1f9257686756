import { describe, expect, it } from 'vitest';
import { csvRegionIndex } from '../../helpers/csv-region-index.ts';
import { regionsInText, resolveRegion } from '../../../import/check/resolve-region.ts';

const regions = csvRegionIndex();

describe('resolveRegion', () => {
  it('reads the province, city and county columns, short names too', () => {
    expect(resolveRegion(regions, { province: '江西省', city: '吉安市', county: '新干县' })).toEqual({ ok: true, code: '360824', source: 'columns' });
    expect(resolveRegion(regions, { province: '江西', city: '吉安', county: '新干' })).toEqual({ ok: true, code: '360824', source: 'columns' });
  });

  it('tells apart a county name used in two provinces by the province column', () => {
    // 朝阳区 is in 北京市 and in 长春市.
    expect(resolveRegion(regions, { province: '北京市', county: '朝阳区' })).toMatchObject({ ok: true, code: '110105' });
    expect(resolveRegion(regions, { county: '朝阳区' })).toMatchObject({ ok: false, problem: 'regionUnresolved' });
  });

  it('refuses a county the city does not have, naming where it looked', () => {
    expect(resolveRegion(regions, { province: '江西省', city: '吉安市', county: '新千县' })).toEqual({
      ok: false,
      problem: 'regionNotFound',
      field: 'county',
      value: '新千县',
      within: '江西省 吉安市',
    });
  });

  it('reads a region string of three levels', () => {
    expect(resolveRegion(regions, { regionText: '江苏-苏州市-吴中区' })).toMatchObject({ ok: true, code: '320506', source: 'columns' });
  });

  it('takes the address where the columns stop short of a county, and only inside them', () => {
    expect(resolveRegion(regions, { address: '江西省吉安市新干县金川镇示例路1号' })).toEqual({ ok: true, code: '360824', source: 'address' });
    expect(resolveRegion(regions, { province: '江西省', address: '吉安市新干县金川镇' })).toEqual({ ok: true, code: '360824', source: 'address' });
    expect(resolveRegion(regions, { province: '广东省', address: '江西省吉安市新干县' })).toEqual({ ok: true, code: '44', source: 'columns' });
  });

  it('falls back on the credit code’s registration authority (digits 3–8)', () => {
    expect(resolveRegion(regions, { creditCode: '91310110666007217T' })).toEqual({ ok: true, code: '310110', source: 'creditCode' });
    // 360800 is 吉安市 itself.
    expect(resolveRegion(regions, { creditCode: '91360800MA35XXXXXX' })).toEqual({ ok: true, code: '3608', source: 'creditCode' });
    expect(resolveRegion(regions, {})).toMatchObject({ ok: false, problem: 'regionUnresolved' });
  });
});

describe('regionsInText', () => {
  it('finds the longest names at each place', () => {
    expect(regionsInText(regions, '江西省吉安市新干县').map((r) => r.code)).toEqual(['36', '3608', '360824']);
  });
});
