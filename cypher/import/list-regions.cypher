// The whole region tree, for the importer's region index (import/graph/load-region-index.ts):
// one row per region, so a row's province/city/county or address resolves against the graph's own tree.
// No parameters.
// Returns: code, name, level, parent (the code of the region it is PART_OF, or null), sourceName.
MATCH (r:Region)
OPTIONAL MATCH (r)-[:PART_OF]->(parent:Region)
RETURN r.code AS code, r.name AS name, r.level AS level, parent.code AS parent, coalesce(r.sourceName, r.name) AS sourceName
ORDER BY code
