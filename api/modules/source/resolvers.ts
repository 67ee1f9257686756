import type { Resolvers } from '../../generated/resolvers-types.ts';
import { globalId, keyOf } from '../node/global-id.ts';

export const sourceResolvers: Resolvers = {
  Query: {
    source: (_, { id }, { sources }) => sources.load(keyOf('Source', id)),
  },
  Source: {
    id: (source) => globalId('Source', source.key),
    fileName: (source) => (source.kind === 'import' ? source.file : null),
    importedAt: (source) => (source.importedAt === null ? null : new Date(source.importedAt).toISOString()),
    counts: (source) =>
      source.kind === 'import'
        ? {
            rows: source.rowCount ?? 0,
            new: source.newCount ?? 0,
            changed: source.changedCount ?? 0,
            unchanged: source.unchangedCount ?? 0,
            refused: source.refusedCount ?? 0,
          }
        : null,
  },
};
