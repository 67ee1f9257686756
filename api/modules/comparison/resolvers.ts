import type { Resolvers } from '../../generated/resolvers-types.ts';
import { compareRegions } from './compare-regions.ts';

function countStatuses(statuses: { status: string | null }[]) {
  const counts = new Map<string | null, number>();
  for (const { status } of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return [...counts].map(([status, count]) => ({ status, count }));
}

export const comparisonResolvers: Resolvers = {
  Query: {
    compareRegions: (_, { codes }, context) => compareRegions(context, codes),
  },
  PlaceSummary: {
    region: async (place, _, { regions }) => (await regions.load(place.code))!,
    focuses: async (place, _, { regionContents }) => (await regionContents.load(place.code))?.focuses ?? [],
    projectsByStatus: (place) => countStatuses(place.statuses) as never,
  },
  FigureComparison: {
    indicatorName: async (f, _, { indicators }) => (await indicators.load(f.indicator))?.descriptionZh ?? f.indicator,
    indicatorNameEn: async (f, _, { indicators }) => (await indicators.load(f.indicator))?.description ?? f.indicator,
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
