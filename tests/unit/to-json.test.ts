import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../db/to-json.ts';
import { toNeo4j } from '../../db/to-neo4j.ts';

describe('toJson', () => {
  it('turns integers into numbers, and into strings past 2^53', () => {
    expect(toJson({ a: neo4j.int(40_600_000_000), b: neo4j.int('9007199254740993') })).toEqual({
      a: 40_600_000_000,
      b: '9007199254740993',
    });
  });

  it('turns dates into ISO strings, inside lists and maps too', () => {
    expect(toJson([{ signedOn: new neo4j.types.Date(2024, 5, 23) }])).toEqual([{ signedOn: '2024-05-23' }]);
  });

  it('keeps plain values and nulls', () => {
    expect(toJson({ s: '新干县', f: 10.4, n: null, t: true })).toEqual({ s: '新干县', f: 10.4, n: null, t: true });
  });
});

describe('toNeo4j', () => {
  it('sends whole numbers as integers (for LIMIT and slices) and keeps fractions as floats', () => {
    const params = toNeo4j({ limit: 51, growth: -2.9, codes: ['36'], nested: { n: 2 } }) as Record<string, unknown>;
    expect(neo4j.isInt(params.limit)).toBe(true);
    expect(params.growth).toBe(-2.9);
    expect(params.codes).toEqual(['36']);
    expect(neo4j.isInt((params.nested as { n: unknown }).n)).toBe(true);
  });
});
