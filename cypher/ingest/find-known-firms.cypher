// The firms of the graph an article's candidate names are, by name: the names the extractor took
// for firms on a first reading (ingest/gazetteer/graph-gazetteer.ts), found by the index on
// Firm(name). Firms known by an alias come from list-gazetteer.
// $names: list of firm names in Simplified characters.
// Returns one row per firm found: id, name, aliases.
UNWIND $names AS name
MATCH (f:Firm {name: name})
RETURN DISTINCT f.id AS id, f.name AS name, coalesce(f.aliases, []) AS aliases
ORDER BY id
