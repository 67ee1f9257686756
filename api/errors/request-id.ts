import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

const requestIds = new AsyncLocalStorage<string>();

/** Runs `handle` as one request: everything it starts, logging included, reads the same new id. */
export function withRequestId<T>(handle: () => T): T {
  return requestIds.run(randomUUID(), handle);
}

/** The id of the request being handled, or undefined outside one. */
export function currentRequestId(): string | undefined {
  return requestIds.getStore();
}
