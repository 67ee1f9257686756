import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { cypher, type NamedQuery } from './cypher-files.ts';
import { toJson } from './to-json.ts';
import { toNeo4j } from './to-neo4j.ts';
import { DatabaseUnavailableError, isAcquisitionTimeout, isServerAnswer, isTimedOut, isUnavailable, RequestTimeoutError } from './database-errors.ts';
import { HealthMonitor } from './health-monitor.ts';
import { requestReads, StatementLimitError, type RequestReads } from './read-budget.ts';
import { Slots } from './slots.ts';

export type Params = Record<string, unknown>;
export type Row = object;

/** Called once per statement sent to Neo4j, e.g. by the test that counts round trips. */
export type QueryListener = (query: NamedQuery, params: Params) => void;

const APP = 'chain-atlas';

/** The reads driver's pool: connect.ts leaves the driver's default. */
const DEFAULT_READ_POOL_SIZE = 100;

/**
 * How much of the reads driver's pool one client's requests may hold at once: a quarter, so that
 * one client's fan-out leaves the rest to others (the issue saw an unrelated lookup wait 17.8 s
 * while one query held all 100 connections).
 */
export const clientPoolShare = (poolSize: number) => Math.max(1, Math.floor(poolSize / 4));

const ping = cypher('database/ping');

/** An unreachable database (or one whose every connection stays busy) is told as such; any other error passes as it is. */
const translateError = (error: unknown) => (isUnavailable(error) || isAcquisitionTimeout(error) ? new DatabaseUnavailableError(error) : error);

/**
 * One driver per kind of work, as their pools and timeouts differ: interactive reads wait at most
 * 2 s for a connection, writes (imports, long by nature) as long as they need, and the health
 * probe has a pool of its own so that it never queues behind busy reads.
 */
export interface Drivers {
  reads: Driver;
  writes: Driver;
  probe: Driver;
}

/** A transaction's handle on named statements, for work that must land together or not at all. */
export interface Transaction {
  run<R extends Row = Row>(query: NamedQuery, params?: Params): Promise<R[]>;
}

/**
 * The one door to Neo4j: named statements in read or write transactions, with their
 * name in the transaction metadata (so Neo4j's query log leads back to the file) and
 * rows converted to plain JSON.
 */
export class Database {
  readonly #drivers: Drivers;
  readonly #database: string | undefined;
  readonly #listeners = new Set<QueryListener>();
  /** The share of the pool of each client with reads under way or waiting (dropped when idle). */
  readonly #clientShares = new Map<string, Slots>();
  readonly #clientShareSize: number;
  /** Whether Neo4j answers: reads fail at once while it does not. */
  readonly health: HealthMonitor;

  /** `readPoolSize`: the reads driver's maxConnectionPoolSize, of which a client gets its share. */
  constructor(drivers: Drivers, database?: string, log: (line: string) => void = console.warn, readPoolSize = DEFAULT_READ_POOL_SIZE) {
    this.#drivers = drivers;
    this.#clientShareSize = clientPoolShare(readPoolSize);
    this.#database = database;
    this.health = new HealthMonitor(async () => {
      const session = drivers.probe.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        await session.run(ping.text);
      } finally {
        await session.close();
      }
    }, log);
  }

  /**
   * Runs in a read transaction, routed to a follower in a cluster: an auto-commit one, in a
   * session whose access mode is READ (Neo4j refuses any write in it). One statement needs no
   * explicit BEGIN and COMMIT, which would add a round trip to every read: measured here, a
   * lookup by key takes 0.85 ms this way and 1.8 ms in a managed transaction.
   *
   * Within a request (withReadBudget), Neo4j cancels the read when the request's budget is spent,
   * and the health monitor fails it within 2 s when the database dies or stalls. A request sends
   * at most so many statements, so many at once, and its client at most a share of the pool.
   */
  read<R extends Row = Row>(query: NamedQuery, params: Params = {}): Promise<R[]> {
    const request = requestReads();
    if (!request) return this.#read(query, params);
    if (++request.statements > request.maxStatements) return Promise.reject(new StatementLimitError(request.maxStatements));
    return this.#readWithin(request, query, params);
  }

  /** Runs in a managed write transaction, retried by the driver on transient errors. */
  write<R extends Row = Row>(query: NamedQuery, params: Params = {}): Promise<R[]> {
    return this.#writeSession(query.name, (tx) => this.#run<R>(tx, query, params));
  }

  /** Several statements in one write transaction: all of them land, or none. */
  writeTransaction<T>(tag: string, work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.#writeSession(tag, (tx) =>
      work({ run: <R extends Row>(query: NamedQuery, params: Params = {}) => this.#run<R>(tx, query, params) }),
    );
  }

  onQuery(listener: QueryListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.health.close();
    await Promise.all(Object.values(this.#drivers).map((driver: Driver) => driver.close()));
  }

  async #writeSession<T>(tag: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.#drivers.writes.session({ database: this.#database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work, { metadata: { app: APP, query: tag } });
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * A request's read: it waits for one of its own slots, then for one of its client's (in that order, so
   * that a request waiting on its own limit holds none of its client's share), both within its budget.
   */
  async #readWithin<R extends Row>(request: RequestReads, query: NamedQuery, params: Params): Promise<R[]> {
    const timedOut = () => new RequestTimeoutError(request.ms);
    const leftMs = () => request.deadline - Date.now();
    if (leftMs() < 1) throw timedOut();
    const releaseOwn = await request.slots.acquire(leftMs(), timedOut);
    const share = this.#clientShare(request.client);
    try {
      const releaseShare = await share.acquire(leftMs(), timedOut);
      try {
        if (leftMs() < 1) throw timedOut();
        // Only a request's reads are watched: start-up, derive and imports may read for minutes, and wait out a blip.
        return await this.health.guard(() => this.#read<R>(query, params, request));
      } finally {
        releaseShare();
      }
    } finally {
      releaseOwn();
      if (share.idle) this.#clientShares.delete(request.client);
    }
  }

  async #read<R extends Row>(query: NamedQuery, params: Params, request?: RequestReads): Promise<R[]> {
    const session = this.#drivers.reads.session({ database: this.#database, defaultAccessMode: neo4j.session.READ });
    try {
      this.#notify(query, params);
      const result = await session.run(query.text, toNeo4j(params) as Params, {
        metadata: { app: APP, query: query.name },
        timeout: request && Math.ceil(request.deadline - Date.now()),
      });
      this.health.heard();
      return result.records.map((record) => toJson(record.toObject()) as R);
    } catch (error) {
      if (isServerAnswer(error)) this.health.heard();
      throw request && isTimedOut(error) ? new RequestTimeoutError(request.ms, error) : translateError(error);
    } finally {
      await session.close();
    }
  }

  #clientShare(client: string): Slots {
    let share = this.#clientShares.get(client);
    if (!share) this.#clientShares.set(client, (share = new Slots(this.#clientShareSize)));
    return share;
  }

  #notify(query: NamedQuery, params: Params): void {
    for (const listener of this.#listeners) listener(query, params);
  }

  async #run<R extends Row>(tx: ManagedTransaction, query: NamedQuery, params: Params): Promise<R[]> {
    this.#notify(query, params);
    const result: QueryResult = await tx.run(query.text, toNeo4j(params) as Params);
    this.health.heard();
    return result.records.map((record) => toJson(record.toObject()) as R);
  }
}
