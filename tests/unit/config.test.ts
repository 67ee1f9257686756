import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, readConfig } from '../../core/config.ts';

describe('readConfig', () => {
  it('defaults to the bundled Neo4j on loopback, with its home in the checkout', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 4000, external: undefined });
    expect(config.bundled).toMatchObject({ boltPort: 7687, httpPort: 7474, home: path.join(projectRoot, '.chain-atlas', 'neo4j') });
  });

  it('uses NEO4J_URI instead when it is set', () => {
    const config = readConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'reader', NEO4J_PASSWORD: 'secret-pw' });
    expect(config.external).toEqual({ uri: 'neo4j+s://abc.databases.neo4j.io', user: 'reader', password: 'secret-pw', database: undefined });
  });

  it('reads TRUST_PROXY as a list of proxies, none by default', () => {
    expect(readConfig({}).exposure.trustProxy).toEqual([]);
    expect(readConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).exposure.trustProxy).toEqual(['loopback', '10.0.0.0/8']);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ NEO4J_BOLT_PORT: '70000' }, /NEO4J_BOLT_PORT must be between 1 and 65535/],
    [{ NEO4J_HEAP_SIZE: 'lots' }, /NEO4J_HEAP_SIZE must be a size such as 512m or 4g/],
    [{ NEO4J_URI: 'http://localhost:7474' }, /NEO4J_URI must look like bolt:/],
    [{ NEO4J_URI: 'bolt://localhost:7687' }, /NEO4J_PASSWORD is not/],
    [{ TRUST_PROXY: '10.0.0.0/8, nginx.local' }, /TRUST_PROXY: invalid IP address: nginx\.local: list addresses or ranges/],
  ])('explains a bad environment %o in one sentence', (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });
});
