import type { Resolvers } from '../../generated/resolvers-types.ts';
import { requireWholeNumber } from '../../../core/input-error.ts';
import { analysePlace } from '../place/place-scope.ts';
import { extensionOpportunities } from './extension-opportunities.ts';
import { opportunityExplanation } from './opportunity-explanation.ts';

const MAX = 100;

export const extensionOpportunitiesResolvers: Resolvers = {
  Query: {
    extensionOpportunities: async (_, { regionCode, parkId, chainId, first }, context) => {
      const limit = requireWholeNumber('first', first ?? 20, 1, MAX, 'BAD_PAGE_SIZE');
      const { result } = await analysePlace(context, regionCode, parkId, (keys) => extensionOpportunities(context.db, keys.presenceKey, chainId ?? null, limit));
      return result;
    },
  },
  ExtensionOpportunity: {
    segment: async (opportunity, _, { segments }) => (await segments.load(opportunity.segment))!,
    explanation: async (opportunity, { language }, { segments }) => {
      const named = await Promise.all([opportunity.segment, ...opportunity.leads.map((lead) => lead.from)].map((key) => segments.load(key)));
      const names = new Map(named.filter((segment) => segment !== null).map((segment) => [segment.key, language === 'EN' ? segment.nameEn : segment.name]));
      return opportunityExplanation(opportunity, (key) => names.get(key) ?? key, language);
    },
  },
  ExtensionLead: {
    from: async (lead, _, { segments }) => (await segments.load(lead.from))!,
    direction: (lead) => (lead.downstream ? 'DOWNSTREAM' : 'UPSTREAM'),
  },
};
