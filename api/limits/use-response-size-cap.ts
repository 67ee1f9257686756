import type { Plugin } from 'graphql-yoga';
import { LIMITS } from './limit-values.ts';
import { refusal } from './refusal.ts';

/**
 * Answers RESPONSE_TOO_LARGE instead of a result over `maxBytes` once serialized: the last guard,
 * for what the cost model underestimates (a list longer than it assumes).
 */
export function useResponseSizeCap(maxBytes: number = LIMITS.responseBytes): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          // Only a single result is measured: the schema streams nothing (no @defer, no subscriptions).
          if (Symbol.asyncIterator in result) return;
          const bytes = Buffer.byteLength(JSON.stringify(result));
          if (bytes > maxBytes) setResult({ errors: [refusal('RESPONSE_TOO_LARGE', 'the response size in bytes', bytes, maxBytes)] });
        },
      };
    },
  };
}
