import { describe, expect, it } from 'vitest';
import { gbCode, normalizeRegionCode } from '../../core/region-code.ts';

describe('normalizeRegionCode', () => {
  it.each([
    ['36', '36'],
    ['3608', '3608'],
    ['360824', '360824'],
    ['360000', '36'],
    ['360800', '3608'],
    [' 360824 ', '360824'],
    ['441900', '4419'],
  ])('reads %s as %s', (input, expected) => {
    expect(normalizeRegionCode(input)).toBe(expected);
  });

  it.each(['', '3', '36082', '3608240', '36a8', '新干县'])('refuses "%s" with BAD_REGION_CODE', (input) => {
    expect(() => normalizeRegionCode(input)).toThrowError(
      expect.objectContaining({ extensions: { code: 'BAD_REGION_CODE' }, message: expect.stringContaining(`"${input}"`) }),
    );
  });
});

describe('gbCode', () => {
  it('pads short codes to the 6-digit GB/T form', () => {
    expect([gbCode('36'), gbCode('3608'), gbCode('360824')]).toEqual(['360000', '360800', '360824']);
  });
});
