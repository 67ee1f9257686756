import type { GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { useCostLimit } from './use-cost-limit.ts';
import { useDocumentLimits } from './use-document-limits.ts';
import { useResponseSizeCap } from './use-response-size-cap.ts';

export interface LimitOptions {
  /**
   * Hide field suggestions ("Did you mean …?") from errors, which tell a stranger the schema.
   * @default false
   */
  production?: boolean;
}

/**
 * What keeps one request from taking the service down: the document's shape and cost are checked
 * before any resolver runs, and an answer too large is refused rather than sent.
 */
export function useLimits(schema: GraphQLSchema, { production = false }: LimitOptions = {}): Plugin[] {
  return [...useDocumentLimits({ production }), useCostLimit(schema), useResponseSizeCap()];
}
