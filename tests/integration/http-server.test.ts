import { afterAll, describe, expect, it } from 'vitest';
import { MAX_REQUEST_BODY_BYTES } from '../../api/http/read-request-body.ts';
import { serve } from '../../api/http/serve.ts';
import { testDatabase } from '../helpers/database.ts';

/** The HTTP side of /graphql as a browser or the benchmark meets it: a real server on a free port. */
const db = await testDatabase();
const served = await serve(db, '127.0.0.1', 0);
afterAll(() => served.close());
const url = `${served.url}/graphql`;

const post = (body: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('POST /graphql', () => {
  it('answers a query whose body the server read itself', async () => {
    const response = await post(JSON.stringify({ query: 'query ($code: String!) { region(code: $code) { name } }', variables: { code: '360824' } }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { region: { name: '新干县' } } });
  });

  it('refuses a body over the limit with 413 and a GraphQL error that says what to do', async () => {
    const query = `{ region(code: "360824") { name } } # ${'x'.repeat(MAX_REQUEST_BODY_BYTES)}`;
    const response = await post(JSON.stringify({ query }));
    expect(response.status).toBe(413);
    const { errors } = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(errors[0]).toEqual({
      message: `The request body is larger than ${MAX_REQUEST_BODY_BYTES} bytes: send a shorter GraphQL request.`,
      extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', requestId: response.headers.get('x-request-id') },
    });
  });

  it('still serves after a refused body', async () => {
    expect((await post('x'.repeat(MAX_REQUEST_BODY_BYTES + 1))).status).toBe(413);
    expect(await (await post(JSON.stringify({ query: '{ __typename }' }))).json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a body that is not JSON, or empty, with 400 and an error', async () => {
    for (const body of ['{"query": ', '']) {
      const response = await post(body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { errors: unknown[] }).errors).toHaveLength(1);
    }
  });
});
