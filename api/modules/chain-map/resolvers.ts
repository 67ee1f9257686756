import type { Resolvers } from '../../generated/resolvers-types.ts';
import { InputError } from '../../graphql/input-error.ts';
import { loadAll } from '../place.ts';
import { analysePlace } from '../place-scope.ts';
import { candidateReason } from './candidate-reason.ts';
import { chainCoverage, checkThreshold } from './chain-coverage.ts';
import { chainGaps } from './chain-gaps.ts';

const MAX_CANDIDATES = 50;

export const chainMapResolvers: Resolvers = {
  Query: {
    chainMap: async (_, { chainId, regionCode, parkId, thinThreshold }, context) => {
      const threshold = checkThreshold(thinThreshold);
      const { scope, result } = await analysePlace(context, regionCode, parkId, (key) => chainCoverage(context, chainId, key, threshold));
      return { ...result, scope };
    },
    chainGaps: async (_, { chainId, regionCode, parkId, thinThreshold, candidatesPerGap }, context) => {
      const limit = candidatesPerGap ?? 5;
      if (!Number.isInteger(limit) || limit < 0 || limit > MAX_CANDIDATES) {
        throw new InputError('BAD_PAGE_SIZE', `candidatesPerGap must be between 0 and ${MAX_CANDIDATES}, not ${limit}.`);
      }
      const threshold = checkThreshold(thinThreshold);
      const { scope, result } = await analysePlace(context, regionCode, parkId, (key, place) =>
        chainGaps(context, chainId, key, place, threshold, limit),
      );
      return { ...result, scope };
    },
  },
  ChainMap: {
    chain: async (map, _, { chains }) => (await chains.load(map.chainId))!,
    place: (map) => map.scope.place,
    presentCount: (map) => map.segments.filter((s) => s.coverage === 'PRESENT').length,
    thinCount: (map) => map.segments.filter((s) => s.coverage === 'THIN').length,
    missingCount: (map) => map.segments.filter((s) => s.coverage === 'MISSING').length,
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
  ChainGaps: {
    chain: async (gaps, _, { chains }) => (await chains.load(gaps.chainId))!,
    place: (gaps) => gaps.scope.place,
  },
  ChainGap: {
    segment: async (gap, _, { segments }) => (await segments.load(gap.key))!,
    pipeline: (gap, _, { projects }) => loadAll(projects, gap.pipelineIds),
  },
  GapCandidate: {
    firm: async (candidate, _, { firms }) => (await firms.load(candidate.firmId))!,
    reason: (candidate) => candidateReason(candidate),
  },
};
