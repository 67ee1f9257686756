import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphqlClient, graphqlData, itRefuses } from '../helpers/graphql.ts';

// search (api/modules/search/). Read-only: the database is shared with other test files.
const db = await testDatabase();
const query = graphqlClient(db);

const data = graphqlData(db);

describe('the seed', () => {
  it('finds 新干县 by pinyin and by initials', async () => {
    const { full, initials } = await data(`{ full: search(text: "xingan", first: 3) { node { id } }
      initials: search(text: "xg", first: 3) { node { id } } }`);
    expect(full[0]).toEqual({ node: { id: 'Region:360824' } });
    expect(initials[0]).toEqual({ node: { id: 'Region:360824' } });
  });
});

describe('names in Traditional characters', () => {
  it.each([
    ['金貴銀業', 'FIRM', 'Firm:jingui-silver'],
    ['新幹縣', 'REGION', 'Region:360824'],
    ['安義高新園區', 'PARK', 'Park:anyi-hi-tech-park'],
    ['鋰電池', 'CHAIN', 'Chain:lithium-battery'],
  ])('%s finds its entity', async (text, type, id) => {
    const { search } = await data(`{ search(text: "${text}") { type node { id } } }`);
    expect(search[0]).toEqual({ type, node: { id } });
  });
});

describe('bad arguments', () => {
  itRefuses(query, [
    ['{ search(text: "  ") { name } }', 'BAD_SEARCH'],
  ]);
});
