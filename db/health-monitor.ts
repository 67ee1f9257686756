import { DatabaseUnavailableError } from './database-errors.ts';

export interface HealthTimings {
  /** A read still unanswered after this makes the monitor probe: a stalled Neo4j keeps TCP open, so no error ever comes. */
  stallMs: number;
  /** A probe unanswered after this counts as failed. */
  probeTimeoutMs: number;
  /** While the database is down, it is probed this often. */
  retryMs: number;
}

/**
 * Together a stalled read answers within stallMs + probeTimeoutMs, under the 2 s an interactive
 * request may wait for its error. A probe (RETURN 1 on an open connection) takes about 1 ms on an
 * idle machine and up to 600 ms under load; most of the 1.8 s goes to the probe, so that a pause
 * of the whole JVM (a garbage collection on a starved machine) must outlast 1.2 s to count.
 */
export const HEALTH_TIMINGS: HealthTimings = { stallMs: 600, probeTimeoutMs: 1_200, retryMs: 1_000 };

/**
 * Whether Neo4j answers, as the reads find out. A failed or stalled read makes it probe the
 * database; a failed probe marks it down, which fails every read under way and every new one at
 * once (no read queues behind a dead server), and probes every retryMs until it answers again.
 * The outage is logged once when it starts and once when it ends.
 *
 * A probe that outlasts probeTimeoutMs is not enough on its own: on two cores under load (25
 * costly statements at once) Neo4j answered it after 600 ms and more, and a monitor that took that
 * for an outage failed every request of every client. A stalled or dead Neo4j answers nothing,
 * while a busy one keeps finishing statements: so a late probe marks the database down only when
 * no statement at all was answered (heard) while it waited.
 */
export class HealthMonitor {
  readonly #probe: () => Promise<void>;
  readonly #log: (line: string) => void;
  readonly #timings: HealthTimings;
  #downSince: number | null = null;
  /** When Neo4j last answered any statement (performance.now()). */
  #lastHeard = Number.NEGATIVE_INFINITY;
  #checking: Promise<void> | null = null;
  #retry: NodeJS.Timeout | undefined;
  readonly #waiting = new Set<(error: Error) => void>();

  constructor(probe: () => Promise<void>, log: (line: string) => void, timings: HealthTimings = HEALTH_TIMINGS) {
    this.#probe = probe;
    this.#log = log;
    this.#timings = timings;
  }

  get down(): boolean {
    return this.#downSince !== null;
  }

  /**
   * Probes once with no time limit, as the connection is opened and Neo4j plans the probe's
   * statement (580 ms on a fresh server here; 30 ms after): later probes are then one quick round trip.
   */
  warmUp(): Promise<void> {
    return this.#probe();
  }

  /** Probes now (or joins the probe under way) and tells whether the database answered. */
  async answers(): Promise<boolean> {
    this.#checking ??= this.#check().finally(() => (this.#checking = null));
    await this.#checking;
    return !this.down;
  }

  /** Runs a read under watch: it fails at once while the database is down, and as soon as the database is found down while it runs. */
  guard<T>(read: () => Promise<T>): Promise<T> {
    if (this.#downSince !== null) return Promise.reject(new DatabaseUnavailableError(new Error('the database is down')));
    return new Promise<T>((resolve, reject) => {
      this.#waiting.add(reject);
      const stalled = setTimeout(() => void this.answers(), this.#timings.stallMs);
      read().then(resolve, (error: unknown) => {
        if (error instanceof DatabaseUnavailableError) void this.answers();
        reject(error);
      }).finally(() => {
        clearTimeout(stalled);
        this.#waiting.delete(reject);
      });
    });
  }

  /** Neo4j answered a statement (rows or an error of its own): it is alive, however slow. */
  heard(): void {
    this.#lastHeard = performance.now();
  }

  close(): void {
    clearInterval(this.#retry);
  }

  async #check(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const asked = performance.now();
    const late = Symbol('late');
    try {
      const answer = await Promise.race([
        this.#probe(),
        new Promise<typeof late>((resolve) => (timer = setTimeout(() => resolve(late), this.#timings.probeTimeoutMs))),
      ]);
      // Late, but other statements were answered meanwhile: busy, not down (the probe settles on its own).
      if (answer === late && this.#lastHeard < asked) throw new Error(`no answer within ${this.#timings.probeTimeoutMs} ms, and no other statement answered meanwhile`);
      this.#markUp();
    } catch (error) {
      this.#markDown(error);
    } finally {
      clearTimeout(timer);
    }
  }

  #markDown(cause: unknown): void {
    for (const reject of this.#waiting) reject(new DatabaseUnavailableError(cause));
    this.#waiting.clear();
    if (this.#downSince !== null) return;
    this.#downSince = Date.now();
    this.#log(`Neo4j stopped answering (${firstLine(cause)}): requests answer DATABASE_UNAVAILABLE until it is back; probing every ${this.#timings.retryMs / 1000} s.`);
    this.#retry = setInterval(() => void this.answers(), this.#timings.retryMs);
    this.#retry.unref();
  }

  #markUp(): void {
    if (this.#downSince === null) return;
    this.#log(`Neo4j answers again, after ${((Date.now() - this.#downSince) / 1000).toFixed(1)} s unavailable.`);
    this.#downSince = null;
    clearInterval(this.#retry);
  }
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!;
}
