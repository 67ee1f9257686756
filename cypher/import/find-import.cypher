// One import and what it did to each entity, for its undo.
// $id: the import's Source id.
// Returns at most one row: import {id, file, fileKind, importedAt}, changes [{label, key, op, previous, previousRels, relTypes}].
MATCH (s:Source {id: $id, kind: 'import'})
RETURN s {.id, .file, .fileKind, importedAt: toString(s.importedAt)} AS import,
       COLLECT { MATCH (s)-[:CHANGED]->(c:ImportChange) RETURN c {.label, .key, .op, .previous, .previousRels, .relTypes} } AS changes
