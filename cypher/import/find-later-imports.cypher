// The imports after this one that touched an entity it touched (created, changed or linked): its
// undo would take away what they rest on, so it is refused while they stand.
// $id: the import's Source id.
// Returns one row per later import: id, file, importedAt (ISO), keys (up to 5 entities both touched, as {label, key}).
MATCH (s:Source {id: $id, kind: 'import'})-[:CHANGED]->(c:ImportChange)
MATCH (other:ImportChange {label: c.label, key: c.key})<-[:CHANGED]-(later:Source {kind: 'import'})
WHERE later.importedAt > s.importedAt OR (later.importedAt = s.importedAt AND later.id > s.id)
WITH later, collect(DISTINCT c {.label, .key}) AS keys
RETURN later.id AS id, later.file AS file, toString(later.importedAt) AS importedAt, keys[..5] AS keys
ORDER BY importedAt, id
