import type { BundledNeo4jSettings } from '../../core/config.ts';
import type { Neo4jLayout } from './layout.ts';

/** The whole neo4j.conf of the bundled server: written by us on every start, never edited by hand. */
export function renderNeo4jConf(settings: BundledNeo4jSettings, layout: Neo4jLayout): string {
  const lines = [
    '# Written by Chain Atlas on every start (db/bundled-neo4j/neo4j-conf.ts): edits here are lost.',
    // Loopback only: this server is the app's private store.
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=:${settings.boltPort}`,
    `server.bolt.advertised_address=:${settings.boltPort}`,
    'server.http.enabled=true',
    `server.http.listen_address=:${settings.httpPort}`,
    `server.http.advertised_address=:${settings.httpPort}`,
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    // The JVM is started by us, so the heap comes from -Xms/-Xmx; these lines keep Neo4j's own checks quiet.
    `server.memory.heap.initial_size=${settings.heapSize}`,
    `server.memory.heap.max_size=${settings.heapSize}`,
    `server.memory.pagecache.size=${settings.pageCacheSize}`,
    `server.directories.data=${layout.data}`,
    `server.directories.logs=${layout.logs}`,
    // A runaway query must not hold the store for ever.
    'db.transaction.timeout=120s',
    // A request's read is cancelled at its budget by the driver's transaction timeout, but only when
    // the monitor next looks: every 2 s by default, so a 300 ms budget was cancelled after 1.4–2.1 s.
    'db.transaction.monitor.check.interval=200ms',
    'dbms.usage_report.enabled=false',
    // Transaction logs grow as needed instead of taking 256 MB per database up front.
    'db.tx_log.preallocate=false',
    // Bolt otherwise idles 5 s and waits 5 s more on shutdown, so every Ctrl-C took ten seconds.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
    'internal.dbms.bolt.netty_server_shutdown_timeout=2',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The JVM options Neo4j's distribution puts in its default neo4j.conf (server.jvm.additional).
 * Its entry point does not relaunch itself with them, so we pass them to `java` directly;
 * without the --add-opens Neo4j 5 fails at start on Java 17.
 */
export function jvmOptions(settings: BundledNeo4jSettings): string[] {
  return [
    `-Xms${settings.heapSize}`,
    `-Xmx${settings.heapSize}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
  ];
}
