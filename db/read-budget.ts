import { AsyncLocalStorage } from 'node:async_hooks';

interface Budget {
  ms: number;
  deadline: number;
}

/** The time budget of the request being answered, followed through every await its resolvers make. */
const budgets = new AsyncLocalStorage<Budget>();

/** Runs one request's work with `ms` for all of its reads together. */
export function withReadBudget<T>(ms: number, work: () => T): T {
  return budgets.run({ ms, deadline: Date.now() + ms }, work);
}

/** What is left of the current request's budget, and its size; undefined outside a request (start-up, derive, imports). */
export function readBudget(): { leftMs: number; ms: number } | undefined {
  const budget = budgets.getStore();
  return budget && { leftMs: budget.deadline - Date.now(), ms: budget.ms };
}
