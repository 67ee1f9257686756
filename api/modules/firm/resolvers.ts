import type { Resolvers } from '../../generated/resolvers-types.ts';
import { globalId, keyOf } from '../node/global-id.ts';
import { loadAll, loadPlace } from '../place.ts';
import { provenanceFields } from '../provenance-resolvers.ts';

export const firmResolvers: Resolvers = {
  Query: {
    firm: (_, { id }, { firms }) => firms.load(keyOf('Firm', id)),
  },
  Firm: {
    id: (firm) => globalId('Firm', firm.key),
    aliases: (firm) => firm.aliases ?? [],
    location: (firm, _, context) => loadPlace(firm, context),
    park: (firm, _, { parks }) => (firm.parkId ? parks.load(firm.parkId) : null),
    region: (firm, _, { regions }) => (firm.inRegionCode ? regions.load(firm.inRegionCode) : null),
    makes: (firm, _, { segments }) => loadAll(segments, firm.makeIds),
    projects: (firm, _, { projects }) => loadAll(projects, firm.projectIds),
    relations: (firm) => firm.relations,
    ...provenanceFields,
  },
  FirmRelation: {
    direction: (relation) => (relation.outgoing ? 'OUTGOING' : 'INCOMING'),
    firm: async (relation, _, { firms }) => (await firms.load(relation.otherId))!,
    ...provenanceFields,
  },
};
