// Every import, oldest first, for `npm run import -- --list`.
// No parameters.
// Returns one row per import: id, file, fileKind, importedAt (ISO), importedBy, rowCount, newCount, changedCount,
//   unchangedCount, refusedCount, rosterKey.
MATCH (s:Source {kind: 'import'})
RETURN s.id AS id, s.file AS file, s.fileKind AS fileKind, toString(s.importedAt) AS importedAt, s.importedBy AS importedBy,
       s.rowCount AS rowCount, s.newCount AS newCount, s.changedCount AS changedCount,
       s.unchangedCount AS unchangedCount, s.refusedCount AS refusedCount, s.rosterKey AS rosterKey
ORDER BY s.importedAt, s.id
