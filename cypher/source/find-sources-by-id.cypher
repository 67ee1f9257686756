// Sources by id, for the per-request source loader: articles, and the imports of npm run import
// (kind 'import': the file's name, hash and kind, when and by whom, and its counts).
// $ids: list of source ids.
// Returns one row per source found: source {key, kind ('article' | 'import'), title, subtitle, publisher,
//   publishedOn, file, script, statementCount, sha256, fileKind, importedAt (milliseconds since 1970), importedBy,
//   newCount, changedCount, unchangedCount, refusedCount}; the import fields are null for an article.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s {key: s.id, kind: coalesce(s.kind, 'article'), .title, .subtitle, .publisher, .publishedOn, .file, .script,
          statementCount: COUNT { (s)<-[:FROM]-(:Statement) },
          .sha256, .fileKind, importedAt: s.importedAt.epochMillis, .importedBy, .rowCount, .newCount, .changedCount, .unchangedCount, .refusedCount} AS source
