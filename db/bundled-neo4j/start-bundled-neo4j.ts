import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BundledNeo4jSettings, Neo4jCredentials } from '../../core/config.ts';
import { UserFacingError } from '../../core/user-facing-error.ts';
import { lockHome } from './home-lock.ts';
import { ensurePassword } from './initial-password.ts';
import { installJars } from './install-jars.ts';
import { neo4jLayout } from './layout.ts';
import { jvmOptions, renderNeo4jConf } from './neo4j-conf.ts';
import { neo4jVersion } from './neo4j-version.ts';
import { choosePassword, storeExists } from './password.ts';
import { javaCommand, requireJava } from './require-tool.ts';
import { requireFreePort } from './require-free-port.ts';
import { logOffset, logTail, waitForStart } from './wait-for-start.ts';

export interface BundledNeo4j {
  credentials: Neo4jCredentials;
  pid: number;
  /** Stops Neo4j (waiting for its clean shutdown) and releases the home. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Where the jars are, when not in the home's own lib folder. */
  lib?: string;
  log?: (line: string) => void;
}

/**
 * Starts the Neo4j Community server that the project brings from Maven Central, as a child
 * process on 127.0.0.1 with authentication on, and returns how to log in to it.
 */
export async function startBundledNeo4j(settings: BundledNeo4jSettings, options: StartOptions = {}): Promise<BundledNeo4j> {
  const log = options.log ?? console.log;
  const layout = neo4jLayout(settings.home, options.lib);
  const java = javaCommand();
  requireJava(java);
  const unlock = lockHome(layout.lockFile, layout.home);
  try {
    await installJars(layout, log);
    await requireFreePort(settings.boltPort, 'NEO4J_BOLT_PORT');
    await requireFreePort(settings.httpPort, 'NEO4J_HTTP_PORT');
    for (const dir of [layout.conf, layout.data, layout.logs]) mkdirSync(dir, { recursive: true });
    const fresh = !storeExists(layout);
    const password = choosePassword(layout, settings.password);
    writeFileSync(path.join(layout.conf, 'neo4j.conf'), renderNeo4jConf(settings, layout));

    log(`Starting Neo4j ${neo4jVersion} on bolt://127.0.0.1:${settings.boltPort} (data in ${layout.data})…`);
    const offset = logOffset(layout.log);
    const child = spawn(
      java,
      [
        ...jvmOptions(settings),
        '-cp',
        `${layout.lib}/*`,
        'chainatlas.Launcher',
        `--home-dir=${layout.home}`,
        `--config-dir=${layout.conf}`,
      ],
      // Own process group: Ctrl-C reaches us, and we stop Neo4j after the API has closed.
      // stdin stays open as the launcher's lifeline: if we die, the pipe closes and Neo4j stops.
      { stdio: ['pipe', 'pipe', 'pipe'], detached: true },
    );
    const output: string[] = [];
    const keep = (chunk: Buffer) => output.push(chunk.toString('utf8'));
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);

    const outcome = await waitForStart(child, layout.log, offset, settings.startTimeoutMs);
    if (!outcome.ok) {
      await stopChild(child);
      const tail = [logTail(layout.log, offset), output.join('').trim().split('\n').slice(-15).join('\n')]
        .filter(Boolean)
        .join('\n');
      console.error(`--- the end of Neo4j's log (${layout.log}) ---\n${tail}\n---`);
      throw new UserFacingError(`${outcome.reason}; the end of its log is printed above.`);
    }
    const uri = `bolt://127.0.0.1:${settings.boltPort}`;
    try {
      await ensurePassword(uri, password, layout, fresh);
    } catch (error) {
      await stopChild(child);
      throw error;
    }
    return {
      credentials: { uri, user: 'neo4j', password },
      pid: child.pid!,
      stop: async () => {
        await stopChild(child);
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

/** SIGTERM runs Neo4j's shutdown hook, which flushes the store; SIGKILL only if that hangs. */
async function stopChild(child: ChildProcess, graceMs = 60_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  child.stdin?.destroy();
}
