import { toSimplified } from '../../../core/chinese-script.ts';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import { loadPlace } from '../place/place-scope.ts';
import { provenanceFields } from '../source/provenance-fields.ts';
import { indicatorNameFields } from './indicator-name-fields.ts';

export const observationResolvers: Resolvers = {
  Observation: {
    ...indicatorNameFields,
    scopeZh: (o) => (o.scope ? toSimplified(o.scope) : null),
    chain: (o, _, { chains }) => (o.chain ? chains.load(o.chain) : null),
    segment: (o, _, { segments }) => (o.segment ? segments.load(o.segment) : null),
    benchmark: (o, _, { regions }) => (o.benchmark ? regions.load(o.benchmark) : null),
    place: async (o, _, context) => (await loadPlace(o, context))!,
    ...provenanceFields,
  },
};
