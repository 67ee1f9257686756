// Source articles by id, for the per-request source loader.
// $ids: list of source ids.
// Returns one row per source found: source {key, title, subtitle, publisher, publishedOn, file, script, statementCount}.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s {key: s.id, .title, .subtitle, .publisher, .publishedOn, .file, .script,
          statementCount: COUNT { (s)<-[:FROM]-(:Statement) }} AS source
