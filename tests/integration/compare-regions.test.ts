import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphqlClient, graphqlData, itRefuses } from '../helpers/graphql.ts';
import { probe } from '../helpers/probe.ts';

// compareRegions (api/modules/compare-regions/). Read-only: the database is shared with other test files.
const db = await testDatabase();
const query = graphqlClient(db);

const data = graphqlData(db);

// Answers worked out by hand from the fixture drawn in tests/fixtures/analytics-fixture.ts.
describe('compareRegions on the fixture', () => {
  it('puts two counties side by side with firms, projects and investment: unknown (null), not 0, where no project gives an amount', async () => {
    const { compareRegions } = await data(`{ compareRegions(codes: ["990101", "990102"]) {
      places { region { code } firmCount projectCount investmentCny withInvestmentCount projectsByStatus { status count } } } }`);
    expect(compareRegions.places).toEqual([
      { region: { code: '990101' }, firmCount: 4, projectCount: 1, investmentCny: null, withInvestmentCount: 0, projectsByStatus: [{ status: 'SIGNED', count: 1 }] },
      { region: { code: '990102' }, firmCount: 1, projectCount: 1, investmentCny: 100_000_000, withInvestmentCount: 1, projectsByStatus: [{ status: 'IN_PRODUCTION', count: 1 }] },
    ]);
  });
});

describe('compareRegions on the seed: projects and investment', () => {
  // Probe: written for the test, reading each project's place upwards (the app reads downwards).
  const projectsUnder = `
    MATCH (p:Project)-[:IN]->(place)
    OPTIONAL MATCH (place)-[:IN]->(parkRegion:Region)
    WITH p, coalesce(parkRegion, place) AS region
    MATCH (region)-[:PART_OF*0..2]->(:Region {code: $code})
    RETURN DISTINCT p.id AS id, p.investmentCny AS investmentCny`;

  it('sums 郴州市’s and 吉安市’s projects over those with an amount, and says how many those are', async () => {
    const { compareRegions } = await data('{ compareRegions(codes: ["4310", "3608"]) { places { region { code } projectCount investmentCny withInvestmentCount } } }');
    const expected = [];
    for (const code of ['4310', '3608']) {
      const rows = await probe(db, projectsUnder, { code });
      const amounts = rows.map((row) => row.investmentCny).filter((amount): amount is number => amount !== null);
      expected.push({
        region: { code },
        projectCount: rows.length,
        investmentCny: amounts.length ? amounts.reduce((total, amount) => total + amount, 0) : null,
        withInvestmentCount: amounts.length,
      });
    }
    // Not a check of complete data: 吉安市 has projects the articles give no amount for.
    expect(expected[1]!.withInvestmentCount).toBeLessThan(expected[1]!.projectCount);
    expect(compareRegions.places).toEqual(expected);
  });
});

describe('compareRegions on the seed: chains and figures', () => {
  // Probes: written for the test. Firms are placed by reading each firm's place upwards (the app reads derived rows).
  const focusing = `
    MATCH (r:Region) WHERE NOT r.code STARTS WITH '99' AND NOT r.code STARTS WITH '98'
      AND (EXISTS { (r)-[:FOCUSES_ON]->(:Chain) } OR EXISTS { (r)-[:REPORTED]->(:Observation) })
    RETURN r.code AS code ORDER BY code`;
  const focuses = 'MATCH (:Region {code: $code})-[f:FOCUSES_ON]->(c:Chain) RETURN c.id AS chain, f.role AS role';
  // Projects are placed the same way; a producing project's firm (or the project, naming none) is a producer.
  const evidencePerSegment = `
    MATCH (:Chain {id: $chain})<-[:PART_OF]-(s:Segment)
    CALL (s) {
      MATCH (f:Firm)-[:MAKES]->(s)
      MATCH (f)-[:LOCATED_IN]->(place)
      OPTIONAL MATCH (place)-[:IN]->(parkRegion:Region)
      WITH f, coalesce(parkRegion, place) AS region
      MATCH (region)-[:PART_OF*0..2]->(:Region {code: $code})
      RETURN collect(DISTINCT f.id) AS makers
    }
    CALL (s) {
      MATCH (x:Project)-[:ADDS]->(s)
      MATCH (x)-[:IN]->(place)
      OPTIONAL MATCH (place)-[:IN]->(parkRegion:Region)
      WITH DISTINCT x, coalesce(parkRegion, place) AS region
      MATCH (region)-[:PART_OF*0..2]->(:Region {code: $code})
      RETURN collect(CASE WHEN x.status IN ['in_production', 'completed']
                          THEN coalesce(COLLECT { MATCH (x)-[:BY]->(b:Firm) RETURN b.id }[0], 'project:' + x.id) END) AS producingBy,
             count(CASE WHEN x.status IS NULL OR x.status IN ['negotiating', 'signed', 'under_construction'] THEN 1 END) AS pipeline
    }
    RETURN s.id AS segment, makers, producingBy, pipeline,
           EXISTS { (:Region {code: $code})-[:PART_OF*0..2]->(:Region)<-[:COVERS]-(:Roster {complete: true}) } AS complete`;
  const figures = `
    MATCH (:Region {code: $code})-[:REPORTED]->(o:Observation)
    WHERE o.scope IS NULL AND o.chain IS NULL AND o.segment IS NULL AND o.benchmark IS NULL
    OPTIONAL MATCH (i:Indicator {name: o.indicator})
    RETURN o.indicator AS indicator, coalesce(i.descriptionZh, o.indicator) AS indicatorName,
           coalesce(i.description, o.indicator) AS indicatorNameEn, o.period AS period, o.unit AS unit, o.value AS value`;

  it('lists every chain any region focuses on with each region’s coverage, and every figure with each region’s value', async () => {
    const codes = (await probe(db, focusing)).map((row) => row.code as string).slice(0, 10);
    expect(codes.length).toBeGreaterThanOrEqual(2);
    const { compareRegions } = await data(`query($codes: [String!]!) { compareRegions(codes: $codes) {
      chains { chain { key } byRegion { region { code } focused role present thin coming missing unknown } }
      figures { indicator indicatorName indicatorNameEn period unit values { region { code } value } } } }`, { codes });

    const roles = new Map<string, Map<string, string | null>>();
    for (const code of codes) roles.set(code, new Map((await probe(db, focuses, { code })).map((row) => [row.chain as string, row.role as string | null])));
    const chains = [...new Set([...roles.values()].flatMap((byChain) => [...byChain.keys()]))].sort();
    const expectedChains = [];
    for (const chain of chains) {
      const byRegion = [];
      for (const code of codes) {
        // The rules of core/coverage.ts, applied to what the probe read (thin below 3 producers).
        const coverages = (await probe(db, evidencePerSegment, { chain, code })).map((row) => {
          const producers = new Set([...(row.makers as string[]), ...(row.producingBy as string[])]).size;
          if (producers >= 3) return 'present';
          if (producers > 0) return 'thin';
          if ((row.pipeline as number) > 0) return 'coming';
          return row.complete ? 'missing' : 'unknown';
        });
        const count = (coverage: string) => coverages.filter((c) => c === coverage).length;
        const role = roles.get(code)!.get(chain);
        byRegion.push({
          region: { code },
          focused: role !== undefined,
          role: role ? role.toUpperCase() : null,
          present: count('present'), thin: count('thin'), coming: count('coming'), missing: count('missing'), unknown: count('unknown'),
        });
      }
      expectedChains.push({ chain: { key: chain }, byRegion });
    }
    // Not a check of empty chains: some region has firms in some chain it or another region focuses on.
    expect(expectedChains.some(({ byRegion }) => byRegion.some((r) => r.present + r.thin > 0))).toBe(true);
    expect(compareRegions.chains).toEqual(expectedChains);

    const expectedFigures = new Map<string, any>();
    for (const code of codes) {
      for (const row of await probe(db, figures, { code })) {
        const key = `${row.indicator}|${row.period}|${row.unit}`;
        const figure = expectedFigures.get(key) ?? {
          indicator: row.indicator, indicatorName: row.indicatorName, indicatorNameEn: row.indicatorNameEn, period: row.period, unit: row.unit,
          values: codes.map((c) => ({ region: { code: c }, value: null as number | null })),
        };
        const value = figure.values.find((v: any) => v.region.code === code);
        // One value per region, indicator, period and unit, else the comparison could not tell which to show.
        expect(value.value, `${code} ${key}`).toBeNull();
        value.value = row.value;
        expectedFigures.set(key, figure);
      }
    }
    const byKey = (a: any, b: any) => (`${a.indicator}|${a.period}` < `${b.indicator}|${b.period}` ? -1 : 1);
    expect([...compareRegions.figures].sort(byKey)).toEqual([...expectedFigures.values()].sort(byKey));
    // Not a check of empty lists: some figure is reported by one region and not by another.
    expect(compareRegions.figures.some((f: any) => f.values.some((v: any) => v.value === null) && f.values.some((v: any) => v.value !== null))).toBe(true);
  });
});

describe('bad arguments', () => {
  itRefuses(query, [
    ['{ compareRegions(codes: ["36"]) { places { firmCount } } }', 'BAD_PLACE'],
  ]);

  const compare = 'query($codes: [String!]!) { compareRegions(codes: $codes) { places { region { code } } } }';
  /** Codes of `n` regions that exist: the provinces, by code. */
  const provinces = async (n: number) => (await probe(db, 'MATCH (r:Province) RETURN r.code AS code ORDER BY code LIMIT $n', { n })).map((row) => row.code as string);

  it('refuses a code no region has with BAD_PLACE naming it, and names every such code', async () => {
    for (const [codes, named] of [
      [['36', '990999'], ['990999']],
      [['990998', '4310', '990999'], ['990998', '990999']],
    ] as const) {
      const { data: answer, errors } = await query(compare, { codes });
      expect(answer?.compareRegions ?? null).toBeNull();
      expect(errors).toHaveLength(1);
      expect(errors![0]!.extensions?.code).toBe('BAD_PLACE');
      for (const code of named) expect(errors![0]!.message).toContain(code);
    }
  });

  it('takes 2 to 10 codes: refuses 11 and 1 with BAD_PLACE naming how many it was given', async () => {
    const eleven = await provinces(11);
    expect(new Set(eleven).size).toBe(11);
    for (const codes of [eleven, eleven.slice(0, 1)]) {
      const { data: answer, errors } = await query(compare, { codes });
      expect(answer?.compareRegions ?? null).toBeNull();
      expect(errors).toHaveLength(1);
      expect(errors![0]!.extensions?.code).toBe('BAD_PLACE');
      expect(errors![0]!.message).toMatch(new RegExp(`\\b${codes.length}\\b`));
    }
    // Two forms of one region's code are one region.
    const { errors } = await query(compare, { codes: ['36', '360000'] });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_PLACE');
    expect(errors?.[0]?.message).toContain('the 2 codes given name 1');
    for (const codes of [eleven.slice(0, 10), eleven.slice(0, 2)]) {
      const { compareRegions } = await data(compare, { codes });
      expect(compareRegions.places.map((p: any) => p.region.code)).toEqual(codes);
    }
  });
});
