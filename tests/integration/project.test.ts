import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphqlClient, graphqlData, itLooksUpById, lookUpBothWays } from '../helpers/graphql.ts';
import { probe } from '../helpers/probe.ts';

// project(id:) (api/modules/project/). Read-only: the database is shared with other test files.
// Projects' facts as the articles state them are checked in knowledge-graph.test.ts; lists of
// projects in listing.test.ts.
const db = await testDatabase();
const query = graphqlClient(db);

const data = graphqlData(db);

const projectFields = 'id key name investmentCny status signedOn firm { key } place { ... on Region { code } ... on Park { key } } adds { key }';

describe('project(id:)', () => {
  it('answers every project by its id and by its global id, with its firm, its place and the segments it adds', async () => {
    const projects = await probe(db, `
      MATCH (p:Project)
      OPTIONAL MATCH (p)-[:IN]->(place)
      RETURN p.id AS key, p.name AS name, p.investmentCny AS investmentCny, toUpper(p.status) AS status, toString(p.signedOn) AS signedOn,
             COLLECT { MATCH (p)-[:BY]->(f:Firm) RETURN f.id } AS firms,
             CASE WHEN place:Park THEN {key: place.id} WHEN place:Region THEN {code: place.code} END AS place,
             COLLECT { MATCH (p)-[:ADDS]->(s:Segment) RETURN s.id ORDER BY s.id } AS adds
      ORDER BY key`);
    // Not a check of empty fields: some project has each of them.
    for (const field of ['investmentCny', 'status', 'signedOn', 'place']) expect(projects.some((row) => row[field] !== null), field).toBe(true);
    expect(projects.some((row) => (row.firms as string[]).length > 0)).toBe(true);
    for (const row of projects) {
      const key = row.key as string;
      const byId = await lookUpBothWays(data, 'project', 'Project', key, projectFields);
      const firms = row.firms as string[];
      expect(firms.length, key).toBeLessThanOrEqual(1);
      expect({ ...byId, adds: byId.adds.map((s: any) => s.key).sort() }, key).toEqual({
        id: `Project:${key}`,
        key,
        name: row.name,
        investmentCny: row.investmentCny,
        status: row.status,
        signedOn: row.signedOn,
        firm: firms.length ? { key: firms[0] } : null,
        place: row.place,
        adds: row.adds,
      });
    }
  });

  itLooksUpById(query, 'project', 'Project', 'Firm:fx-f5');
});
