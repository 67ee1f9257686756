import type { Resolvers } from '../../generated/resolvers-types.ts';
import { loadPlace } from '../place.ts';
import { provenanceFields } from '../provenance-resolvers.ts';

export const observationResolvers: Resolvers = {
  Observation: {
    indicatorName: async (o, _, { indicators }) => (await indicators.load(o.indicator))?.descriptionZh ?? o.indicator,
    indicatorNameEn: async (o, _, { indicators }) => (await indicators.load(o.indicator))?.description ?? o.indicator,
    chain: (o, _, { chains }) => (o.chain ? chains.load(o.chain) : null),
    segment: (o, _, { segments }) => (o.segment ? segments.load(o.segment) : null),
    benchmark: (o, _, { regions }) => (o.benchmark ? regions.load(o.benchmark) : null),
    place: async (o, _, context) => (await loadPlace(o, context))!,
    ...provenanceFields,
  },
};
