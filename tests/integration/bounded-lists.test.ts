import { describe, expect, it } from 'vitest';
import { cypher, type NamedQuery } from '../../db/cypher-files.ts';
import type { Transaction } from '../../db/database.ts';
import { testDatabase } from '../helpers/database.ts';
import { graphqlClient, graphqlData } from '../helpers/graphql.ts';
import { planSteps } from '../helpers/plan.ts';
import { probe } from '../helpers/probe.ts';

// Segment, Park and Region list what lies in them up to a bound, with counts of all of it.
// Expected answers come from the test's own probes of the graph, never from the app's statements.
// The database is shared with other test files: the one test that writes does so in a
// transaction it rolls back, so no other test ever sees its nodes.
const db = await testDatabase();
const query = graphqlClient(db);

const data = graphqlData(db);

/** The one error a query answers with. */
async function errorOf(text: string) {
  const { errors } = await query(text);
  expect(errors).toHaveLength(1);
  return errors![0]!;
}

const ids = (rows: Record<string, unknown>[]) => rows.map((row) => row.id as string);
const keys = (items: { key: string }[]) => items.map((item) => item.key);
const sorted = (values: string[]) => [...values].sort();

// Probes: written for the test. Region probes read each firm's or project's place upwards (the app reads downwards).
const segmentFirms = 'MATCH (f:Firm)-[:MAKES]->(:Segment {id: $id}) RETURN DISTINCT f.id AS id ORDER BY id';
const segmentProjects = 'MATCH (p:Project)-[:ADDS]->(:Segment {id: $id}) RETURN DISTINCT p.id AS id ORDER BY id';
const parkFirms = 'MATCH (f:Firm)-[:LOCATED_IN]->(:Park {id: $id}) RETURN DISTINCT f.id AS id ORDER BY id';
const parkProjects = 'MATCH (p:Project)-[:IN]->(:Park {id: $id}) RETURN DISTINCT p.id AS id ORDER BY id';
const under = (match: string) => `
  MATCH ${match}
  OPTIONAL MATCH (place)-[:IN]->(parkRegion:Region)
  WITH x, coalesce(parkRegion, place) AS region
  MATCH (region)-[:PART_OF*0..2]->(:Region {code: $code})
  RETURN DISTINCT x.id AS id ORDER BY id`;
const regionFirms = under('(x:Firm)-[:LOCATED_IN]->(place)');
const regionProjects = under('(x:Project)-[:IN]->(place)');
const regionParks = 'MATCH (x:Park)-[:IN]->(:Region)-[:PART_OF*0..2]->(:Region {code: $code}) RETURN DISTINCT x.id AS id ORDER BY id';

describe('Segment.firms and Segment.projects', () => {
  it.each(['lithium-ion-cells', 'lipf6', 'fluoropolymers', 'fx-c', 'fx-x'])(
    '%s counts every firm that makes it and project that adds it, and lists them all while they fit',
    async (id) => {
      const { segment } = await data(`query($id: ID!) { segment(id: $id) {
        firmCount projectCount firms(first: 150) { key } projects { key } one: firms(first: 1) { key } none: projects(first: 0) { key } } }`, { id });
      const firms = ids(await probe(db, segmentFirms, { id }));
      const projects = ids(await probe(db, segmentProjects, { id }));
      expect(segment.firmCount).toBe(firms.length);
      expect(segment.projectCount).toBe(projects.length);
      expect(sorted(keys(segment.firms))).toEqual(firms);
      expect(sorted(keys(segment.projects))).toEqual(projects);
      expect(segment.one).toEqual(segment.firms.slice(0, 1));
      expect(segment.none).toEqual([]);
    },
  );

  it('lists the strongest firms first: most projects, then most investment (fx-f8 before fx-f5 before fx-f6)', async () => {
    const { segment } = await data('{ segment(id: "fx-c") { firms { key } } }');
    expect(keys(segment.firms)).toEqual(['fx-f8', 'fx-f5', 'fx-f6']);
  });

  it('is read from the presence rows, not from every firm and project of the segment', async () => {
    const steps = await planSteps(cypher('chain/find-segments-by-id').text);
    // The one MAKES step is the firm-segments loader's: from each firm given by id to what it makes.
    expect(steps.filter((step) => /:(MAKES|ADDS)\b/.test(step.details)).map((step) => step.details)).toEqual([
      expect.stringMatching(/^\(\w+\)-\[\w+:MAKES\]->\(s\)$/),
    ]);
    expect(steps.some((step) => step.operator.startsWith('NodeIndexSeek') && /:Presence\(place, segment\)/.test(step.details))).toBe(true);
  });
});

describe('Park.firms and Park.projects', () => {
  it('count every firm and project of each park, and list them by id, the first 50 unless told', async () => {
    const parks = ids(await probe(db, 'MATCH (p:Park) RETURN p.id AS id ORDER BY id'));
    expect(parks.length).toBeGreaterThan(3);
    for (const id of parks) {
      const { park } = await data(`query($id: ID!) { park(id: $id) {
        firmCount projectCount firms { key } projects { key } all: firms(first: 500) { key } one: projects(first: 1) { key } } }`, { id });
      const firms = ids(await probe(db, parkFirms, { id }));
      const projects = ids(await probe(db, parkProjects, { id }));
      expect(park.firmCount).toBe(firms.length);
      expect(park.projectCount).toBe(projects.length);
      expect(keys(park.firms)).toEqual(firms.slice(0, 50));
      expect(keys(park.all)).toEqual(firms);
      expect(keys(park.projects)).toEqual(projects.slice(0, 50));
      expect(keys(park.one)).toEqual(projects.slice(0, 1));
    }
  });
});

describe('Region.parks, Region.firms and Region.projects', () => {
  it.each(['36', '3608', '360823', '4310', '43', '99', '98'])(
    'region %s counts every park, firm and project in it and below it, and lists them by id',
    async (code) => {
      const { region } = await data(`query($code: String!) { region(code: $code) {
        parkCount firmCount projectCount parks { key } firms { key } projects { key }
        allParks: parks(first: 500) { key } allFirms: firms(first: 500) { key } allProjects: projects(first: 500) { key }
        two: firms(first: 2) { key } } }`, { code });
      const parks = ids(await probe(db, regionParks, { code }));
      const firms = ids(await probe(db, regionFirms, { code }));
      const projects = ids(await probe(db, regionProjects, { code }));
      expect([region.parkCount, region.firmCount, region.projectCount]).toEqual([parks.length, firms.length, projects.length]);
      expect(keys(region.parks)).toEqual(parks.slice(0, 50));
      expect(keys(region.firms)).toEqual(firms.slice(0, 50));
      expect(keys(region.projects)).toEqual(projects.slice(0, 50));
      expect(keys(region.allParks)).toEqual(parks);
      expect(keys(region.allFirms)).toEqual(firms);
      expect(keys(region.allProjects)).toEqual(projects);
      expect(keys(region.two)).toEqual(firms.slice(0, 2));
    },
  );

  it('counts some firms in 江西省 (36), so the check above is not of empty lists', async () => {
    const { region } = await data('{ region(code: "36") { firmCount projectCount parkCount } }');
    expect(region.firmCount).toBeGreaterThan(5);
    expect(region.projectCount).toBeGreaterThan(5);
    expect(region.parkCount).toBeGreaterThan(0);
  });
});

describe('first beyond a list’s bound', () => {
  it.each([
    ['{ segment(id: "fx-c") { firms(first: 151) { key } } }', 150],
    ['{ segment(id: "fx-c") { projects(first: 21) { key } } }', 20],
    ['{ segment(id: "fx-c") { firms(first: -1) { key } } }', 150],
    ['{ park(id: "xiajiang-industrial-park") { firms(first: 501) { key } } }', 500],
    ['{ park(id: "xiajiang-industrial-park") { projects(first: 501) { key } } }', 500],
    ['{ region(code: "36") { parks(first: 501) { key } } }', 500],
    ['{ region(code: "36") { firms(first: 501) { key } } }', 500],
    ['{ region(code: "36") { projects(first: 1000) { key } } }', 500],
  ])('%s → BAD_PAGE_SIZE naming first and %i', async (text, bound) => {
    const error = await errorOf(text);
    expect(error.extensions?.code).toBe('BAD_PAGE_SIZE');
    expect(error.message).toContain('first');
    expect(error.message).toContain(String(bound));
  });

  it('accepts the bound itself', async () => {
    await data(`{ segment(id: "fx-c") { firms(first: 150) { key } projects(first: 20) { key } }
      park(id: "xiajiang-industrial-park") { firms(first: 500) { key } projects(first: 500) { key } }
      region(code: "36") { parks(first: 500) { key } firms(first: 500) { key } projects(first: 500) { key } } }`);
  });
});

/** Thrown to roll back the transaction that builds more than a bound holds. */
class RollBack extends Error {}

/** Runs `work` in a write transaction that never commits: what it writes no other test sees. */
async function inRolledBackTransaction(work: (tx: Transaction) => Promise<void>): Promise<void> {
  await expect(
    db.writeTransaction('test/bounded-lists', async (tx) => {
      await work(tx);
      throw new RollBack('rolled back');
    }),
  ).rejects.toBeInstanceOf(RollBack);
}

const test = (name: string, text: string): NamedQuery => ({ name: `test/${name}`, text });

describe('the statements never return more than a list’s bound', () => {
  it('caps a park’s and a region’s lists at 500, a segment’s at 150 firms and 20 projects, and counts them all', async () => {
    await inRolledBackTransaction(async (tx) => {
      // A province of its own (97, unused by GB/T 2260) with 501 parks; the first holds 520 firms and 505 projects.
      await tx.run(test('bounded-build', `
        CREATE (r:Region {code: '97', name: 'bounded', level: 'province'})
        WITH r
        UNWIND range(0, 500) AS i
        CREATE (:Park {id: 'bounded-park-' + right('00' + toString(i), 3), name: 'park'})-[:IN]->(r)
        WITH r, count(*) AS parks
        MATCH (park:Park {id: 'bounded-park-000'})
        CALL (park) { UNWIND range(0, 519) AS i CREATE (:Firm {id: 'bounded-firm-' + right('00' + toString(i), 3), name: 'firm'})-[:LOCATED_IN]->(park) }
        CALL (park) { UNWIND range(0, 504) AS i CREATE (:Project {id: 'bounded-project-' + right('00' + toString(i), 3), name: 'project'})-[:IN]->(park) }
        CREATE (c:Chain {id: 'bounded-chain', name: 'chain'})<-[:PART_OF]-(:Segment {id: 'bounded-segment', name: 'segment', stage: 'midstream'})
        CREATE (:Presence {place: '*', segment: 'bounded-segment', firmCount: 999, projectCount: 99,
                           firmIds: [i IN range(0, 199) | 'bounded-firm-' + toString(i)],
                           projectIds: [i IN range(0, 29) | 'bounded-project-' + toString(i)]})`));

      const park = (await tx.run<{ contents: any }>(cypher('park/find-park-contents'), { ids: ['bounded-park-000'] }))[0]!.contents;
      expect([park.firmIds.length, park.firmCount, park.projectIds.length, park.projectCount]).toEqual([500, 520, 500, 505]);
      expect(park.firmIds.slice(0, 2)).toEqual(['bounded-firm-000', 'bounded-firm-001']);

      const contents = (await tx.run<{ contents: any }>(cypher('region/find-region-contents'), { codes: ['97'] }))[0]!.contents;
      expect([contents.parkIds.length, contents.parkCount]).toEqual([500, 501]);
      expect([contents.firmIds.length, contents.firmCount, contents.projectIds.length, contents.projectCount]).toEqual([500, 520, 500, 505]);
      expect(contents.parkIds.at(-1)).toBe('bounded-park-499');

      const segment = (await tx.run<{ segment: any }>(cypher('chain/find-segments-by-id'), { ids: ['bounded-segment'], firmIds: [] }))[0]!.segment;
      expect([segment.firmIds.length, segment.firmCount, segment.projectIds.length, segment.projectCount]).toEqual([150, 999, 20, 99]);
    });
    const [left] = await probe(db, "RETURN EXISTS { (:Region {code: '97'}) } AS region, EXISTS { (:Segment {id: 'bounded-segment'}) } AS segment");
    expect(left).toEqual({ region: false, segment: false });
  });
});
