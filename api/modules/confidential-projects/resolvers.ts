import { requireEditor } from '../../access/viewer.ts';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import { pageSize } from '../../graphql/paging.ts';
import { loadAll } from '../../loaders/load-all.ts';
import { loadPlace } from '../place/place-scope.ts';
import { provenanceFields } from '../source/provenance-fields.ts';
import { listConfidentialProjects } from './confidential-projects.ts';

export const confidentialProjectsResolvers: Resolvers = {
  Query: {
    confidentialProjects: (_, { first }, { db, viewer }) => {
      requireEditor(viewer);
      return listConfidentialProjects(db, pageSize(first, 100));
    },
  },
  ConfidentialProjectList: {
    totalCount: (list) => list.total,
    items: (list) => list.projects,
  },
  ConfidentialProject: {
    firm: (project, _, { firms }) => (project.firmId ? firms.load(project.firmId) : null),
    place: (project, _, context) => loadPlace(project, context),
    adds: (project, _, { segments }) => loadAll(segments, project.addIds),
    ...provenanceFields,
  },
};
