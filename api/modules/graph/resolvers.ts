import type { Resolvers } from '../../generated/resolvers-types.ts';
import { indicatorNameFields } from '../observation/indicator-name-fields.ts';
import { JSONScalar } from './json-scalar.ts';
import { findNeighborhood } from './neighborhood.ts';
import { findPaths } from './paths.ts';

export const graphResolvers: Resolvers = {
  Query: {
    neighborhood: (_, { id, depth, limit, types }, { db }) => findNeighborhood(db, { id, depth, limit, types }),
    paths: (_, { fromId, toId, maxHops, first }, { db }) => findPaths(db, { fromId, toId, maxHops, first }),
  },
  GraphNode: {
    // Observations carry their indicator as a snake_case key; the canvas labels them by its name.
    indicatorName: (node, _, context) => {
      const indicator = indicatorOf(node.properties);
      return indicator ? indicatorNameFields.indicatorName({ indicator }, _, context) : null;
    },
    indicatorNameEn: (node, _, context) => {
      const indicator = indicatorOf(node.properties);
      return indicator ? indicatorNameFields.indicatorNameEn({ indicator }, _, context) : null;
    },
  },
  JSON: JSONScalar,
};

function indicatorOf(properties: unknown): string | null {
  const indicator = (properties as { indicator?: unknown } | null)?.indicator;
  return typeof indicator === 'string' ? indicator : null;
}
