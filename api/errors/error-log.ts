import { createLogger, type YogaLogger } from 'graphql-yoga';
import { currentRequestId } from './request-id.ts';

/**
 * yoga's logger, with the request id in front of every line logged while a request is handled:
 * an unexpected error's stack and details (Neo4j's or Lucene's message) go here, in every mode,
 * and the client gets the same id with nothing else of it.
 */
export function requestLogger(base: YogaLogger = createLogger('info')): YogaLogger {
  const tagged =
    (write: (...args: unknown[]) => void) =>
    (...args: unknown[]) => {
      const id = currentRequestId();
      write(...(id ? [`[request ${id}]`, ...args] : args));
    };
  return { debug: tagged(base.debug), info: tagged(base.info), warn: tagged(base.warn), error: tagged(base.error) };
}
