// The Source of one import: the file it read (name, SHA-256, kind), when and by whom, and what it
// did. Facts the import writes name it in their `sources`, with "文件名 · 第 N 行" as their evidence.
// $source: {id, title, file, sha256, fileKind ('firms'|'projects'), importedAt (ISO date-time), importedBy,
//   rowCount, newCount, changedCount, unchangedCount, refusedCount, rosterKey (or null), placedCount (MAKES/ADDS written), proposedCount (Proposals for review)}.
// Returns nothing.
CREATE (s:Source {id: $source.id})
SET s += $source, s.kind = 'import', s.script = 'simplified', s.importedAt = datetime($source.importedAt)
