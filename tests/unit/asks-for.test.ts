import { makeExecutableSchema } from '@graphql-tools/schema';
import { graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { asksFor } from '../../api/graphql/asks-for.ts';

/** What asksFor(info, ...path) said in the resolver of `firm` for a query. */
async function asked(query: string, path: [string, ...string[]] = ['makes']): Promise<boolean> {
  let answer: boolean | undefined;
  const schema = makeExecutableSchema({
    typeDefs: 'type Query { firm: Firm } type Firm { name: String makes: [Segment] } type Segment { name: String makes: String }',
    resolvers: { Query: { firm: (_, __, ___, info) => ((answer = asksFor(info, ...path)), {}) } },
  });
  const { errors } = await graphql({ schema, source: query });
  expect(errors).toBeUndefined();
  return answer!;
}

describe('asksFor', () => {
  it('sees a field selected directly, in an inline fragment or in a named fragment', async () => {
    expect(await asked('{ firm { name makes { name } } }')).toBe(true);
    expect(await asked('{ firm { ... on Firm { makes { name } } } }')).toBe(true);
    expect(await asked('{ firm { ...F } } fragment F on Firm { name ...G } fragment G on Firm { makes { name } }')).toBe(true);
  });

  it('does not see a field the query does not select', async () => {
    expect(await asked('{ firm { name } }')).toBe(false);
    expect(await asked('{ firm { ...F } } fragment F on Firm { name }')).toBe(false);
  });

  it('follows a path through the fields below, each step through fragments too', async () => {
    expect(await asked('{ firm { makes { name } } }', ['makes', 'name'])).toBe(true);
    expect(await asked('{ firm { m: makes { ...S } } } fragment S on Segment { n: name }', ['makes', 'name'])).toBe(true);
    expect(await asked('{ firm { name makes { makes } } }', ['makes', 'name'])).toBe(false);
    expect(await asked('{ firm { name } }', ['makes', 'name'])).toBe(false);
  });
});
