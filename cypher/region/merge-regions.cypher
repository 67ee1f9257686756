// Creates or updates regions by code, with the label of their level. Idempotent.
// $regions: list of {code, name, level ('province'|'city'|'county'), sourceName, searchText}; $dataset: where they come from.
// Returns nothing.
UNWIND $regions AS row
MERGE (r:Region {code: row.code})
SET r.name = row.name, r.level = row.level, r.sourceName = row.sourceName, r.searchText = row.searchText, r.dataset = $dataset
FOREACH (_ IN CASE row.level WHEN 'province' THEN [1] ELSE [] END | SET r:Province)
FOREACH (_ IN CASE row.level WHEN 'city' THEN [1] ELSE [] END | SET r:City)
FOREACH (_ IN CASE row.level WHEN 'county' THEN [1] ELSE [] END | SET r:County)
