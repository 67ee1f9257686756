import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphqlClient, graphqlData, itLooksUpById, lookUpBothWays } from '../helpers/graphql.ts';
import { probe } from '../helpers/probe.ts';

// firm(id:) (api/modules/firm/). Read-only: the database is shared with other test files.
// Firms' facts as the articles state them are checked in knowledge-graph.test.ts; the round trips
// of a firm's lookup in round-trips.test.ts.
const db = await testDatabase();
const query = graphqlClient(db);

const data = graphqlData(db);

const firmFields = 'id key name location { __typename } park { key } region { code } makes { key } projects { key }';

describe('firm(id:)', () => {
  it('answers every firm by its id and by its global id, with its park, its region (a park’s region for a firm in a park) and what it makes', async () => {
    const firms = await probe(db, `
      MATCH (f:Firm)
      OPTIONAL MATCH (f)-[:LOCATED_IN]->(place)
      OPTIONAL MATCH (place)-[:IN]->(parkRegion:Region)
      RETURN f.id AS key, f.name AS name, CASE WHEN place:Park THEN place.id END AS park,
             coalesce(parkRegion, CASE WHEN place:Region THEN place END).code AS region,
             CASE WHEN place:Park THEN 'Park' WHEN place:Region THEN 'Region' END AS location,
             COLLECT { MATCH (f)-[:MAKES]->(s:Segment) RETURN s.id ORDER BY s.id } AS makes,
             COLLECT { MATCH (f)<-[:BY]-(p:Project) RETURN p.id ORDER BY p.id } AS projects
      ORDER BY key`);
    expect(firms.some((row) => row.park !== null)).toBe(true);
    for (const row of firms) {
      const key = row.key as string;
      const byId = await lookUpBothWays(data, 'firm', 'Firm', key, firmFields);
      expect({
        ...byId,
        makes: byId.makes.map((s: any) => s.key).sort(),
        projects: byId.projects.map((p: any) => p.key).sort(),
      }, key).toEqual({
        id: `Firm:${key}`,
        key,
        name: row.name,
        location: row.location === null ? null : { __typename: row.location },
        park: row.park === null ? null : { key: row.park },
        region: row.region === null ? null : { code: row.region },
        makes: row.makes,
        projects: row.projects,
      });
    }
  });

  itLooksUpById(query, 'firm', 'Firm', 'Project:fx-p1');
});
