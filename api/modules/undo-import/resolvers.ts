import { outsideRequest } from '../../../db/read-budget.ts';
import { ImportError } from '../../../import/import-error.ts';
import { undoImport } from '../../../import/undo/undo-import.ts';
import { requireEditor } from '../../access/viewer.ts';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import { importRefused, langOf } from '../import-file/import-file.ts';
import { keyOf } from '../node/global-id.ts';

export const undoImportResolvers: Resolvers = {
  Mutation: {
    undoImport: async (_, { id, language }, { db, viewer }) => {
      requireEditor(viewer);
      try {
        const undone = await outsideRequest(() => undoImport(db, keyOf('Source', id)));
        return { id: undone.id, fileName: undone.file, deleted: undone.deleted, restored: undone.restored, placements: undone.placements, proposals: undone.proposals };
      } catch (error) {
        if (error instanceof ImportError) throw importRefused(error, langOf(language));
        throw error;
      }
    },
  },
};
