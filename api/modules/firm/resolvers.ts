import type { Resolvers } from '../../generated/resolvers-types.ts';
import { asksFor } from '../../graphql/asks-for.ts';
import { globalId, keyOf } from '../node/global-id.ts';
import { loadAll } from '../../loaders/load-all.ts';
import { loadPlace } from '../place/place-scope.ts';
import { provenanceFields } from '../source/provenance-fields.ts';

export const firmResolvers: Resolvers = {
  Query: {
    firm: (_, { id }, { firms, firmSegments }, info) => {
      const key = keyOf('Firm', id);
      // The segments are keyed by the firm, so they need not wait for its record: both go in one
      // round trip. A failure is not lost: Firm.makes gets the same cached promise, and fails.
      if (asksFor(info, 'makes')) firmSegments.load(key).catch(() => undefined);
      return firms.load(key);
    },
  },
  Firm: {
    id: (firm) => globalId('Firm', firm.key),
    aliases: (firm) => firm.aliases ?? [],
    location: (firm, _, context) => loadPlace(firm, context),
    park: (firm, _, { parks }) => (firm.parkId ? parks.load(firm.parkId) : null),
    region: (firm, _, { regions }) => (firm.inRegionCode ? regions.load(firm.inRegionCode) : null),
    makes: (firm, _, { firmSegments }) => firmSegments.load(firm.key),
    projects: (firm, _, { projects }) => loadAll(projects, firm.projectIds),
    relations: (firm) => firm.relations,
    registeredCapital: (firm) =>
      firm.registeredCapital === null || firm.registeredCapitalCurrency === null
        ? null
        : { amount: firm.registeredCapital, currency: firm.registeredCapitalCurrency },
    industryCode: (firm) =>
      firm.industryCode === null ? null : { code: firm.industryCode, edition: firm.industryCodeEdition, name: firm.industryName },
    tags: (firm) => firm.tags ?? [],
    ...provenanceFields,
  },
  FirmRelation: {
    direction: (relation) => (relation.outgoing ? 'OUTGOING' : 'INCOMING'),
    firm: async (relation, _, { firms }) => (await firms.load(relation.otherId))!,
    ...provenanceFields,
  },
};
