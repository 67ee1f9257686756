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
  /** The running Neo4j's process id: a new one after a restart. */
  readonly pid: number;
  /** Stops Neo4j (waiting for its clean shutdown) and releases the home. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Where the jars are, when not in the home's own lib folder. */
  lib?: string;
  log?: (line: string) => void;
  /**
   * Restarts Neo4j when it exits unasked, up to MAX_RESTARTS times in RESTART_WINDOW_MS; past
   * that it is left down and this is called with the reason (npm start then exits).
   * Absent: Neo4j is not restarted.
   */
  onGiveUp?: (reason: string) => void;
}

/** A Neo4j that keeps dying is left down after this many restarts within RESTART_WINDOW_MS: the fault is then not passing. */
export const MAX_RESTARTS = 3;
export const RESTART_WINDOW_MS = 10 * 60_000;

type Layout = ReturnType<typeof neo4jLayout>;

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
    let child = await launch(java, settings, layout);
    const uri = `bolt://127.0.0.1:${settings.boltPort}`;
    try {
      await ensurePassword(uri, password, layout, fresh);
    } catch (error) {
      await stopChild(child);
      throw error;
    }
    let stopping = false;
    const restarts: number[] = [];
    const { onGiveUp } = options;
    const superviseExit = (running: ChildProcess) =>
      running.once('exit', (code, signal) => {
        if (stopping || !onGiveUp) return;
        const how = `Neo4j (process ${running.pid}) exited unasked (${signal ?? `code ${code}`})`;
        restarts.push(Date.now());
        while (restarts[0]! < Date.now() - RESTART_WINDOW_MS) restarts.shift();
        if (restarts.length > MAX_RESTARTS) {
          return onGiveUp(`${how}, its ${MAX_RESTARTS + 1}th exit within ${RESTART_WINDOW_MS / 60_000} minutes: not restarting it again; see ${layout.log}.`);
        }
        log(`${how}: restarting it (restart ${restarts.length} of at most ${MAX_RESTARTS} within ${RESTART_WINDOW_MS / 60_000} minutes)…`);
        launch(java, settings, layout).then(
          (restarted) => {
            child = restarted;
            if (stopping) return void stopChild(restarted);
            log(`Neo4j is back (process ${restarted.pid}).`);
            superviseExit(restarted);
          },
          (error: Error) => onGiveUp(`${how}, and did not start again: ${error.message}`),
        );
      });
    superviseExit(child);
    return {
      credentials: { uri, user: 'neo4j', password },
      get pid() {
        return child.pid!;
      },
      stop: async () => {
        stopping = true;
        await stopChild(child);
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

/** Spawns Neo4j and waits until it has started; on failure, stops it and throws with the end of its log printed. */
async function launch(java: string, settings: BundledNeo4jSettings, layout: Layout): Promise<ChildProcess> {
  const offset = logOffset(layout.log);
  const child = spawn(
    java,
    [...jvmOptions(settings), '-cp', `${layout.lib}/*`, 'chainatlas.Launcher', `--home-dir=${layout.home}`, `--config-dir=${layout.conf}`],
    // Own process group: Ctrl-C reaches us, and we stop Neo4j after the API has closed.
    // stdin stays open as the launcher's lifeline: if we die, the pipe closes and Neo4j stops.
    { stdio: ['pipe', 'pipe', 'pipe'], detached: true },
  );
  // Only the end of its output is kept (for a failed start's message): Neo4j may run for months.
  child.once('exit', () => child.stdin?.destroy());
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-10_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);

  const outcome = await waitForStart(child, layout.log, offset, settings.startTimeoutMs);
  if (!outcome.ok) {
    await stopChild(child);
    const tail = [logTail(layout.log, offset), output.trim().split('\n').slice(-15).join('\n')].filter(Boolean).join('\n');
    console.error(`--- the end of Neo4j's log (${layout.log}) ---\n${tail}\n---`);
    throw new UserFacingError(`${outcome.reason}; the end of its log is printed above.`);
  }
  return child;
}

/**
 * SIGTERM runs Neo4j's shutdown hook, which flushes the store (1–3 s here); SIGKILL if that hangs,
 * soon enough that the whole app stops within the 10 s a service manager waits (Neo4j recovers
 * from its transaction log on the next start).
 */
async function stopChild(child: ChildProcess, graceMs = 7_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
