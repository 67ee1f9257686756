// The imports and articles that changed, after a kept article's accepted proposals, what those
// created or changed: undoing the article would take away what they rest on, so it is refused
// while they stand. (What the article only linked to, as a project's investor, it leaves alone.)
// $id: the article's Source id.
// Returns one row per later source: id, title, keys (up to 5 facts both touched, as {label, key}).
MATCH (s:Source {id: $id})-[:CHANGED]->(c:ImportChange)
WHERE c.op IN ['created', 'changed']
MATCH (other:ImportChange {label: c.label, key: c.key})<-[:CHANGED]-(later:Source)
WHERE later <> s AND coalesce(datetime(other.at), later.importedAt) > datetime(c.at)
WITH later, collect(DISTINCT c {.label, .key}) AS keys
RETURN later.id AS id, later.title AS title, keys[..5] AS keys
ORDER BY id
