import { requireWholeNumber } from '../../../core/input-error.ts';
import { MAX_GAP_LIST } from '../../../core/presence.ts';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import { loadAll } from '../../loaders/load-all.ts';
import { checkThreshold } from '../chain-map/chain-map.ts';
import { analysePlace } from '../place/place-scope.ts';
import { loadNode } from '../node/resolvers.ts';
import { candidatePath } from './candidate-path.ts';
import { candidateReason } from './candidate-reason.ts';
import { chainGaps } from './chain-gaps.ts';

export const chainGapsResolvers: Resolvers = {
  Query: {
    chainGaps: async (_, { chainId, regionCode, parkId, thinThreshold, candidatesPerGap }, context) => {
      const limit = requireWholeNumber('candidatesPerGap', candidatesPerGap ?? 5, 0, MAX_GAP_LIST, 'BAD_PAGE_SIZE');
      const threshold = checkThreshold(thinThreshold);
      const { scope, result } = await analysePlace(context, regionCode, parkId, (keys, place) =>
        chainGaps(context.db, chainId, keys, place, threshold, limit),
      );
      return { ...result, scope };
    },
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
    reason: (candidate, { language }) => candidateReason(candidate, language),
    path: (candidate) => candidatePath(candidate),
  },
  CandidatePath: {
    nodes: async (path, _, loaders) => (await Promise.all(path.nodes.map(({ type, key }) => loadNode(type, key, loaders)))).filter((node) => node !== null),
  },
};
