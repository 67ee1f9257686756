import { listImports } from '../../../import/list-imports.ts';
import { requireEditor } from '../../access/viewer.ts';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import { loadAll } from '../../loaders/load-all.ts';

export const importsResolvers: Resolvers = {
  Query: {
    imports: async (_, __, { db, viewer, sources }) => {
      requireEditor(viewer);
      const imports = await listImports(db);
      return loadAll(sources, imports.map((i) => i.id).reverse());
    },
  },
};
