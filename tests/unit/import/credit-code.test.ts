import { describe, expect, it } from 'vitest';
import { checkCreditCode, creditCodeCheckDigit, registrationRegion } from '../../../core/credit-code.ts';

describe('checkCreditCode (GB 32100)', () => {
  it('passes hutool’s test vector', () => {
    expect(checkCreditCode('91310110666007217T')).toEqual({ kind: 'valid', code: '91310110666007217T' });
  });

  it('reads lower case and spaces as exported', () => {
    expect(checkCreditCode(' 9131 0110 6660 0721 7t ').kind).toBe('valid');
  });

  it.each([
    ['91350100M0001TGQXM', '1'],
    ['91350211M0000XUF46', 'R'],
    ['91350203M0001FUE2P', 'J'],
  ])('finds the real early code %s fails its check digit (computed %s)', (code, expected) => {
    expect(checkCreditCode(code)).toEqual({ kind: 'badCheckDigit', code, expected });
  });

  it('names what is malformed', () => {
    expect(checkCreditCode('91310110666007217')).toEqual({ kind: 'malformed', reason: 'length' });
    expect(checkCreditCode('91310110666007217I')).toEqual({ kind: 'malformed', reason: 'charset' });
    // Positions 3–8 must be digits.
    expect(checkCreditCode('913A0110666007217T')).toEqual({ kind: 'malformed', reason: 'layout' });
  });

  it('computes a check digit that makes a changed code valid again', () => {
    const first17 = '91360824MA35ABCDE';
    expect(checkCreditCode(first17 + creditCodeCheckDigit(first17)).kind).toBe('valid');
  });

  it('exposes the registration authority’s region, digits 3–8', () => {
    expect(registrationRegion('91310110666007217T')).toBe('310110');
  });
});
