import { describe, expect, it, inject } from 'vitest';
import { findFreePort } from '../../db/bundled-neo4j/require-free-port.ts';
import { connect } from '../../db/connect.ts';
import { UserFacingError } from '../../core/user-facing-error.ts';

describe('connect', () => {
  const { uri, user } = inject('neo4j');

  it('says in one sentence that the password was refused', async () => {
    const attempt = connect({ uri, user, password: 'not-the-password' });
    await expect(attempt).rejects.toBeInstanceOf(UserFacingError);
    await expect(attempt).rejects.toThrow(`Neo4j at ${uri} refused user "${user}" with the given password: check NEO4J_USER and NEO4J_PASSWORD.`);
  });

  it('says in one sentence that nothing answers at the address', async () => {
    const nowhere = `bolt://127.0.0.1:${await findFreePort()}`;
    const attempt = connect({ uri: nowhere, user, password: 'whatever-pw' });
    await expect(attempt).rejects.toThrow(new RegExp(`^Cannot reach Neo4j at ${nowhere}: check that the server runs`));
  });
});

describe('a routing URI', () => {
  it('reads through neo4j:// (as a cluster or Aura is reached), routed as a read', async () => {
    const { uri, user, password } = inject('neo4j');
    const db = await connect({ uri: uri.replace(/^bolt:/, 'neo4j:'), user, password });
    try {
      const rows = await db.read<{ name: string }>({ name: 'test/probe', text: "MATCH (r:Region {code: '360824'}) RETURN r.name AS name" });
      expect(rows).toEqual([{ name: '新干县' }]);
    } finally {
      await db.close();
    }
  });
});
