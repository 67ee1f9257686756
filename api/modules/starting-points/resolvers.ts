import type { Resolvers } from '../../generated/resolvers-types.ts';
import { loadAll } from '../../loaders/load-all.ts';
import { loadPlace, type PlaceRecord } from '../place/place-scope.ts';
import { startingPoints } from './starting-points.ts';

export const startingPointsResolvers: Resolvers = {
  Query: {
    startingPoints: (_, __, { db }) => startingPoints(db),
  },
  StartingPoints: {
    places: async (points, _, context) =>
      (await Promise.all(points.places.map((ref) => loadPlace(ref, context)))).filter((place): place is PlaceRecord => place !== null),
    sources: (points, _, { sources }) => loadAll(sources, points.sources),
  },
  ChainWithData: {
    chain: async (row, _, { chains }) => (await chains.load(row.chainId))!,
  },
};
