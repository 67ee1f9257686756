import type { Resolvers } from '../../generated/resolvers-types.ts';
import { indicatorNameFields } from '../observation/indicator-name-fields.ts';
import { countByStatus } from '../project/status-counts.ts';
import { compareRegions } from './compare-regions.ts';

export const compareRegionsResolvers: Resolvers = {
  Query: {
    compareRegions: (_, { codes }, context) => compareRegions(context.db, context, codes),
  },
  PlaceSummary: {
    region: async (place, _, { regions }) => (await regions.load(place.code))!,
    focuses: async (place, _, { regionFacts }) => (await regionFacts.load(place.code))?.focuses ?? [],
    projectsByStatus: (place) => countByStatus(place.statuses),
  },
  FigureComparison: {
    ...indicatorNameFields,
  },
  ChainComparison: {
    chain: async (comparison, _, { chains }) => (await chains.load(comparison.chainId))!,
  },
  ChainCoverageSummary: {
    region: async (summary, _, { regions }) => (await regions.load(summary.code))!,
  },
  FigureValue: {
    region: async (value, _, { regions }) => (await regions.load(value.code))!,
  },
};
