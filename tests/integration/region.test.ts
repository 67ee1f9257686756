import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphqlClient } from '../helpers/graphql.ts';

// region(code:) and Region's own fields (api/modules/region/). What lies in a region is checked
// in bounded-lists.test.ts and place.test.ts; node(id:) in node.test.ts.
const db = await testDatabase();
const query = graphqlClient(db);

describe('region(code:)', () => {
  it('answers 新干县 / 吉安市 / 江西省 up the tree', async () => {
    const { data, errors } = await query('{ region(code: "360824") { name parent { name parent { name parent { name } } } } }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ region: { name: '新干县', parent: { name: '吉安市', parent: { name: '江西省', parent: null } } } });
  });

  it('accepts the 6-digit GB/T form of cities and provinces', async () => {
    const { data } = await query<{ city: { code: string; gbCode: string; level: string }; province: { name: string } }>(
      '{ city: region(code: "360800") { code gbCode level } province: region(code: "360000") { name } }',
    );
    expect(data).toEqual({ city: { code: '3608', gbCode: '360800', level: 'CITY' }, province: { name: '江西省' } });
  });

  it('returns null for a well-formed code that no region has', async () => {
    const { data, errors } = await query('{ region(code: "999999") { name } }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ region: null });
  });

  it('refuses a malformed code with BAD_REGION_CODE', async () => {
    const { errors } = await query('{ region(code: "36-08") { name } }');
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_REGION_CODE' }, message: expect.stringContaining('"36-08"') });
  });

  it('keeps 北京市’s districts under 北京市 through its city level', async () => {
    const { data } = await query('{ region(code: "110101") { name parent { name code parent { name code } } } }');
    expect(data).toEqual({ region: { name: '东城区', parent: { name: '北京市', code: '1101', parent: { name: '北京市', code: '11' } } } });
  });
});

describe('Region.children', () => {
  it('pages through 吉安市’s 13 counties in code order', async () => {
    const page = `query($after: String) { region(code: "3608") { children(first: 5, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { code name } } } } }`;
    type Page = { region: { children: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { code: string; name: string } }[] } } };
    const codes: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i += 1) {
      const response: { data?: Page } = await query<Page>(page, { after });
      const children: Page['region']['children'] = response.data!.region.children;
      expect(children.totalCount).toBe(13);
      codes.push(...children.edges.map((e) => e.node.code));
      if (!children.pageInfo.hasNextPage) break;
      after = children.pageInfo.endCursor;
    }
    expect(codes).toHaveLength(13);
    expect(codes).toEqual([...codes].sort());
    expect(codes).toContain('360824');
  });

  it('refuses a page larger than 500', async () => {
    const { errors } = await query('{ region(code: "36") { children(first: 1000) { totalCount } } }');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_PAGE_SIZE');
  });
});

describe('round trips', () => {
  it('loads the parents of a whole page of regions in one query', async () => {
    const names: string[] = [];
    const stop = db.onQuery((q) => names.push(q.name));
    try {
      const { errors } = await query('{ region(code: "3608") { children(first: 13) { edges { node { parent { name parent { name } } } } } } }');
      expect(errors).toBeUndefined();
    } finally {
      stop();
    }
    // region 3608, its children, then every parent level batched: 3608 is cached, 36 in one batch.
    expect(names).toEqual(['region/find-regions-by-code', 'region/list-region-children', 'region/find-regions-by-code']);
  });
});
