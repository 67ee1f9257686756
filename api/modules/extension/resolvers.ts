import type { Resolvers } from '../../generated/resolvers-types.ts';
import { InputError } from '../../graphql/input-error.ts';
import { analysePlace } from '../place-scope.ts';
import { extensionOpportunities } from './extension-opportunities.ts';

const MAX = 100;

export const extensionResolvers: Resolvers = {
  Query: {
    extensionOpportunities: async (_, { regionCode, parkId, first }, context) => {
      const limit = first ?? 20;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX) {
        throw new InputError('BAD_PAGE_SIZE', `first must be between 1 and ${MAX}, not ${limit}.`);
      }
      const { result } = await analysePlace(context, regionCode, parkId, (key) => extensionOpportunities(context, key, limit));
      return result;
    },
  },
  ExtensionOpportunity: {
    segment: async (opportunity, _, { segments }) => (await segments.load(opportunity.segment))!,
    explanation: async (opportunity, _, { segments }) => {
      const [target, ...from] = await Promise.all([opportunity.segment, ...opportunity.leads.map((lead) => lead.from)].map((key) => segments.load(key)));
      const parts = opportunity.leads.map(
        (lead, i) =>
          `${from[i]?.name} ${lead.downstream ? 'supplies' : 'is supplied by'} it${lead.crossChain ? ' across chains' : ''} (proximity ${lead.proximity.toFixed(2)})`,
      );
      return `${target?.name}: density ${opportunity.density.toFixed(2)}; ${parts.join('; ')}.`;
    },
  },
  ExtensionLead: {
    from: async (lead, _, { segments }) => (await segments.load(lead.from))!,
    direction: (lead) => (lead.downstream ? 'DOWNSTREAM' : 'UPSTREAM'),
  },
};
