import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphqlClient, graphqlData, itRefuses } from '../helpers/graphql.ts';

// chainGaps (api/modules/chain-gaps/). Read-only: the database is shared with other test files.
const db = await testDatabase();
const query = graphqlClient(db);

const data = graphqlData(db);

// Answers worked out by hand from the fixture drawn in tests/fixtures/analytics-fixture.ts.
describe('chainGaps on the fixture', () => {
  it('ranks candidates nearest first, then by projects, and lists the pipeline', async () => {
    const { chainGaps } = await data(`{ chainGaps(chainId: "fixture-chain", regionCode: "990101") {
      gaps { segment { key } coverage candidates { firm { key } proximity projectCount investmentCny reason } pipeline { key } } } }`);
    const gaps = Object.fromEntries(chainGaps.gaps.map((g: any) => [g.segment.key, g]));
    expect(Object.keys(gaps)).toEqual(['fx-b', 'fx-c', 'fx-d']);
    expect(gaps['fx-c'].candidates.map((c: any) => [c.firm.key, c.proximity, c.projectCount, c.investmentCny])).toEqual([
      ['fx-f5', 'SAME_CITY', 1, 100_000_000],
      ['fx-f6', 'SAME_PROVINCE', 0, 0],
      ['fx-f8', 'ELSEWHERE', 2, 1_000_000_000],
    ]);
    expect(gaps['fx-c'].candidates[0].reason).toBe('Makes this segment; in the same city (同市); 1 project worth 1亿元; makes 1 segment in all.');
    expect(gaps['fx-d'].candidates.map((c: any) => [c.firm.key, c.proximity])).toEqual([['fx-f7', 'SAME_PROVINCE']]);
    expect(gaps['fx-d'].pipeline).toEqual([{ key: 'fx-p1' }]);
    // The place's own thin supplier is not its own candidate.
    expect(gaps['fx-b'].candidates).toEqual([]);
  });

  // fx-park (in 测试县甲, city 测试市甲) holds fx-f4 alone: 测试县甲’s fx-a makers are outside it, in its city.
  it('finds the park 测试园区’s gaps with candidates ranked from the park’s city and province, and no pipeline outside the park', async () => {
    const { chainGaps } = await data(`{ chainGaps(chainId: "fixture-chain", parkId: "Park:fx-park") {
      place { ... on Park { key } } gaps { segment { key } coverage firmCount candidates { firm { key } proximity } pipeline { key } } } }`);
    expect(chainGaps.place).toEqual({ key: 'fx-park' });
    expect(chainGaps.gaps.map((g: any) => [g.segment.key, g.coverage, g.firmCount])).toEqual([
      ['fx-a', 'MISSING', 0], ['fx-b', 'THIN', 1], ['fx-c', 'MISSING', 0], ['fx-d', 'MISSING', 0],
    ]);
    const candidates = Object.fromEntries(chainGaps.gaps.map((g: any) => [g.segment.key, g.candidates.map((c: any) => [c.firm.key, c.proximity])]));
    expect(candidates).toEqual({
      'fx-a': [['fx-f1', 'SAME_CITY'], ['fx-f2', 'SAME_CITY'], ['fx-f3', 'SAME_CITY']],
      'fx-b': [],
      'fx-c': [['fx-f5', 'SAME_CITY'], ['fx-f6', 'SAME_PROVINCE'], ['fx-f8', 'ELSEWHERE']],
      'fx-d': [['fx-f7', 'SAME_PROVINCE']],
    });
    // fx-p1 adds fx-d in 测试县甲, but not in the park.
    expect(chainGaps.gaps.flatMap((g: any) => g.pipeline)).toEqual([]);
  });
});

describe('chainGaps on the seed', () => {
  it('answers 新干县’s salt-chemical gaps', async () => {
    const { chainGaps } = await data(`{
      chainGaps(chainId: "salt-chemical", regionCode: "360824") { gaps { segment { key } coverage } } }`);
    expect(chainGaps.gaps.length).toBeGreaterThan(0);
  });
});

describe('bad arguments', () => {
  itRefuses(query, [
    ['{ chainGaps(chainId: "salt-chemical", candidatesPerGap: 500) { thinThreshold } }', 'BAD_PAGE_SIZE'],
  ]);
});
