// The imports (and kept articles' accepted proposals) after this one that touched an entity it
// touched (created, changed or linked): its undo would take away what they rest on, so it is
// refused while they stand. An article's change carries its own time (`at`): its proposals are
// decided one by one, after the article was kept.
// $id: the import's Source id.
// Returns one row per later import: id, file, importedAt (ISO), keys (up to 5 entities both touched, as {label, key}).
MATCH (s:Source {id: $id, kind: 'import'})-[:CHANGED]->(c:ImportChange)
MATCH (other:ImportChange {label: c.label, key: c.key})<-[:CHANGED]-(later:Source)
WITH s, c, later, coalesce(datetime(other.at), later.importedAt) AS changedAt
WHERE later <> s AND (changedAt > s.importedAt OR (changedAt = s.importedAt AND later.id > s.id))
WITH later, collect(DISTINCT c {.label, .key}) AS keys
RETURN later.id AS id, later.file AS file, toString(later.importedAt) AS importedAt, keys[..5] AS keys
ORDER BY importedAt, id
