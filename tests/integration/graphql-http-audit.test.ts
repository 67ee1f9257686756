import { serverAudits } from 'graphql-http';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../core/config.ts';
import { serve } from '../../api/http/serve.ts';
import { testDatabase } from '../helpers/database.ts';

/**
 * graphql-http's audit of the GraphQL-over-HTTP spec against the real server (issue 17: 61/61
 * before the hardening). By default all 61 pass. The one audit that sends a POST which is not
 * JSON (9ABE, a body without a content-type, which fetch sends as text/plain) expects a 4xx, and
 * gets our 415.
 *
 * In production mode introspection is refused, and five audits send `__type(name: …)` as their
 * query: BF61 only looks at the status, 200 with the refusal as an error; the other four want an
 * answer without errors (or status 200 when accepting application/graphql-response+json, where a
 * validation error is 400), and fail. Every other audit passes there too.
 */
const INTROSPECTION_REFUSED = new Set(['2EA1', '28B9', 'D6D5', '6A70']);
const db = await testDatabase();

for (const [mode, env] of [
  ['default', {}],
  ['production', { NODE_ENV: 'production', CORS_ORIGINS: 'https://atlas.example.org' }],
] as const) {
  describe(`graphql-http's server audit, ${mode} mode`, async () => {
    const served = await serve(db, '127.0.0.1', 0, undefined, { exposure: readConfig(env).exposure });
    afterAll(() => served.close());
    const audits = serverAudits({ url: `${served.url}/graphql` });

    it('has 61 audits', () => {
      expect(audits).toHaveLength(61);
    });

    for (const audit of audits) {
      const refused = mode === 'production' && INTROSPECTION_REFUSED.has(audit.id);
      it(`${audit.id} ${audit.name}${refused ? ' (fails: its query is introspection, refused in production)' : ''}`, async () => {
        const result = await audit.fn();
        const outcome = result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`;
        if (refused) expect(outcome).not.toBe('ok');
        else expect(outcome).toBe('ok');
      });
    }
  });
}
