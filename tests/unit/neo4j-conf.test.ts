import { describe, expect, it } from 'vitest';
import { neo4jLayout } from '../../db/bundled-neo4j/layout.ts';
import { jvmOptions, renderNeo4jConf } from '../../db/bundled-neo4j/neo4j-conf.ts';
import { readConfig } from '../../core/config.ts';

describe('the bundled server’s configuration', () => {
  const settings = readConfig({ NEO4J_BOLT_PORT: '17687', NEO4J_HEAP_SIZE: '2g', CHAIN_ATLAS_HOME: '/tmp/atlas' }).bundled;
  const conf = renderNeo4jConf(settings, neo4jLayout(settings.home));

  it('listens on loopback only, with authentication on', () => {
    expect(conf).toContain('server.default_listen_address=127.0.0.1');
    expect(conf).toContain('server.bolt.listen_address=:17687');
    expect(conf).toContain('dbms.security.auth_enabled=true');
  });

  it('keeps its data and logs under CHAIN_ATLAS_HOME', () => {
    expect(conf).toContain('server.directories.data=/tmp/atlas/neo4j/data');
    expect(conf).toContain('server.directories.logs=/tmp/atlas/neo4j/logs');
  });

  it('sizes the heap from NEO4J_HEAP_SIZE and opens the modules Java 17 needs', () => {
    expect(jvmOptions(settings)).toEqual(expect.arrayContaining(['-Xmx2g', '--add-opens=java.base/java.nio=ALL-UNNAMED']));
  });
});
