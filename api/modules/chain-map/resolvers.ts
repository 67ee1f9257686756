import type { Resolvers } from '../../generated/resolvers-types.ts';
import { loadAll } from '../../loaders/load-all.ts';
import { analysePlace } from '../place/place-scope.ts';
import { chainMap, checkThreshold } from './chain-map.ts';

export const chainMapResolvers: Resolvers = {
  Query: {
    chainMap: async (_, { chainId, regionCode, parkId, thinThreshold }, context) => {
      const threshold = checkThreshold(thinThreshold);
      const { scope, result } = await analysePlace(context, regionCode, parkId, (keys) => chainMap(context.db, chainId, keys, threshold));
      return { ...result, scope };
    },
  },
  ChainMap: {
    chain: async (map, _, { chains }) => (await chains.load(map.chainId))!,
    place: (map) => map.scope.place,
    presentCount: (map) => map.segments.filter((s) => s.coverage === 'PRESENT').length,
    thinCount: (map) => map.segments.filter((s) => s.coverage === 'THIN').length,
    comingCount: (map) => map.segments.filter((s) => s.coverage === 'COMING').length,
    missingCount: (map) => map.segments.filter((s) => s.coverage === 'MISSING').length,
    unknownCount: (map) => map.segments.filter((s) => s.coverage === 'UNKNOWN').length,
  },
  SegmentCoverage: {
    segment: async (coverage, _, { segments }) => (await segments.load(coverage.key))!,
    firms: (coverage, _, { firms }) => loadAll(firms, coverage.firmIds),
    projects: (coverage, _, { projects }) => loadAll(projects, coverage.projects.map((p) => p.key)),
  },
  SegmentLink: {
    from: async (link, _, { segments }) => (await segments.load(link.from))!,
    to: async (link, _, { segments }) => (await segments.load(link.to))!,
  },
};
