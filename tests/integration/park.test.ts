import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphqlClient, graphqlData, itLooksUpById } from '../helpers/graphql.ts';
import { probe } from '../helpers/probe.ts';

// park(id:) (api/modules/park/). Read-only: the database is shared with other test files.
// The bounds of a park's lists are checked in bounded-lists.test.ts; what Park shares with Region in place.test.ts.
const db = await testDatabase();
const query = graphqlClient(db);

const data = graphqlData(db);

/** What the web app's park dashboard asks (ParkDashboard in web/src/views/Place/operations.ts, with its LocalityContents). */
const parkDashboard = `query($id: ID!) { park(id: $id) {
  id key name level
  region { code name parent { code name parent { code name } } }
  focuses { role chain { key name nameEn } }
  firmCount firms { id name }
  projectCount projects { id name status investmentCny }
  observations { key indicator indicatorName indicatorNameEn period value unit }
} }`;

// Probes: written for the test, from the park's own relationships.
const parkFacts = `
  MATCH (p:Park {id: $id})
  OPTIONAL MATCH (p)-[:IN]->(r:Region)
  OPTIONAL MATCH (r)-[:PART_OF]->(r1:Region)
  OPTIONAL MATCH (r1)-[:PART_OF]->(r2:Region)
  RETURN p.name AS name, toUpper(p.level) AS level,
         CASE WHEN r IS NULL THEN null ELSE {code: r.code, name: r.name, parent: CASE WHEN r1 IS NULL THEN null ELSE
           {code: r1.code, name: r1.name, parent: CASE WHEN r2 IS NULL THEN null ELSE {code: r2.code, name: r2.name} END} END} END AS region,
         COLLECT { MATCH (p)-[f:FOCUSES_ON]->(c:Chain) RETURN {role: toUpper(f.role), chain: {key: c.id, name: c.name, nameEn: c.nameEn}} } AS focuses,
         COLLECT { MATCH (p)<-[:LOCATED_IN]-(f:Firm) RETURN {id: 'Firm:' + f.id, name: f.name} ORDER BY f.id } AS firms,
         COLLECT { MATCH (p)<-[:IN]-(x:Project) RETURN {id: 'Project:' + x.id, name: x.name, status: toUpper(x.status), investmentCny: x.investmentCny} ORDER BY x.id } AS projects,
         COLLECT { MATCH (p)-[:REPORTED]->(o:Observation) OPTIONAL MATCH (i:Indicator {name: o.indicator})
                   RETURN {key: o.id, indicator: o.indicator, indicatorName: coalesce(i.descriptionZh, o.indicator),
                           indicatorNameEn: coalesce(i.description, o.indicator), period: o.period, value: o.value, unit: o.unit} } AS observations`;

/** Focuses by chain, figures by key: the order the statements happen to return them in is not part of the contract. */
const byChain = (a: any, b: any) => (a.chain.key < b.chain.key ? -1 : 1);
const byKey = (a: any, b: any) => (a.key < b.key ? -1 : 1);

describe('park(id:): the park dashboard', () => {
  it('answers, for every park, what the dashboard shows: its region up the tree, focuses, figures, firms and projects with their counts', async () => {
    const parks = (await probe(db, 'MATCH (p:Park) RETURN p.id AS id ORDER BY id')).map((row) => row.id as string);
    const seen = { focuses: 0, observations: 0, firms: 0, projects: 0 };
    for (const id of parks) {
      const [facts] = (await probe(db, parkFacts, { id })) as [any];
      const { park } = await data(parkDashboard, { id });
      expect({ ...park, focuses: [...park.focuses].sort(byChain), observations: [...park.observations].sort(byKey) }, id).toEqual({
        id: `Park:${id}`,
        key: id,
        name: facts.name,
        level: facts.level,
        region: facts.region,
        focuses: [...facts.focuses].sort(byChain),
        firmCount: facts.firms.length,
        // The dashboard shows the first 50 (the API's default), by id.
        firms: facts.firms.slice(0, 50),
        projectCount: facts.projects.length,
        projects: facts.projects.slice(0, 50),
        observations: [...facts.observations].sort(byKey),
      });
      for (const list of ['focuses', 'observations', 'firms', 'projects'] as const) if (facts[list].length) seen[list] += 1;
    }
    // Not a check of empty dashboards: some park has each kind of content.
    expect(Object.values(seen).every((parksWithIt) => parksWithIt > 0), JSON.stringify(seen)).toBe(true);
  });

  it('answers the same for a park’s id and its global id', async () => {
    const { byId, byGlobalId } = await data(`{ byId: park(id: "anyi-hi-tech-park") { id firmCount focuses { chain { key } } }
      byGlobalId: park(id: "Park:anyi-hi-tech-park") { id firmCount focuses { chain { key } } } }`);
    expect(byId.id).toBe('Park:anyi-hi-tech-park');
    expect(byGlobalId).toEqual(byId);
  });

  itLooksUpById(query, 'park', 'Park', 'Region:360123');
});
