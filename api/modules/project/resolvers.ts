import type { Resolvers } from '../../generated/resolvers-types.ts';
import { globalId, keyOf } from '../node/global-id.ts';
import { loadAll } from '../../loaders/load-all.ts';
import { loadPlace } from '../place/place-scope.ts';
import { provenanceFields } from '../source/provenance-fields.ts';

export const projectResolvers: Resolvers = {
  Query: {
    project: (_, { id }, { projects }) => projects.load(keyOf('Project', id)),
  },
  Project: {
    id: (project) => globalId('Project', project.key),
    aliases: (project) => project.aliases ?? [],
    chain: (project, _, { chains }) => (project.chainId ? chains.load(project.chainId) : null),
    firm: (project, _, { firms }) => (project.firmId ? firms.load(project.firmId) : null),
    place: (project, _, context) => loadPlace(project, context),
    adds: (project, _, { segments }) => loadAll(segments, project.addIds),
    ...provenanceFields,
  },
};
