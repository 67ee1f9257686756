// What an import did to each entity, kept on the import so it can be undone: `created` (undo
// deletes it), `changed` (undo restores `previous`, a JSON map of the properties' values before,
// null where absent, and `previousRels`, a JSON list of the relationships replaced), or `linked`
// (a project of the import points at it: a later import's undo is then refused).
// $import: the import's Source id; $changes: list of {label, key, op, row (or null), previous (or null), previousRels (or null), relTypes}.
// Returns nothing.
MATCH (s:Source {id: $import})
UNWIND $changes AS change
CREATE (s)-[:CHANGED]->(c:ImportChange)
SET c = change, c.import = $import
