import type { Resolvers } from '../../generated/resolvers-types.ts';
import { pageSize } from '../../graphql/paging.ts';
import { loadAll } from '../../loaders/load-all.ts';
import { loadPlace, type PlaceRecord } from '../place/place-scope.ts';
import { startingPoints } from './starting-points.ts';

export const startingPointsResolvers: Resolvers = {
  Query: {
    startingPoints: (_, __, { db }) => startingPoints(db),
  },
  StartingPoints: {
    places: async (points, { first }, context) =>
      (await Promise.all(points.places.slice(0, pageSize(first, 40)).map((ref) => loadPlace(ref, context)))).filter(
        (place): place is PlaceRecord => place !== null,
      ),
    placeCount: (points) => points.places.length,
    sources: (points, _, { sources }) => loadAll(sources, points.sources),
  },
  ChainWithData: {
    chain: async (row, _, { chains }) => (await chains.load(row.chainId))!,
  },
};
