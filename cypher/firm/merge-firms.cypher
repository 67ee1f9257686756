// Creates or updates firms and the most precise place known for each (a park, else a region). Idempotent.
// $firms: list of {id, name, aliases, park, region, searchText, note, sources, evidence}.
// Returns nothing.
UNWIND $firms AS row
MERGE (f:Firm {id: row.id})
SET f.name = row.name, f.aliases = row.aliases, f.searchText = row.searchText,
    f.note = row.note, f.sources = row.sources, f.evidence = row.evidence
WITH f, row
OPTIONAL MATCH (park:Park {id: row.park})
OPTIONAL MATCH (region:Region {code: row.region})
WITH f, coalesce(park, region) AS place
OPTIONAL MATCH (f)-[stale:LOCATED_IN]->(other) WHERE place IS NULL OR other <> place
DELETE stale
WITH DISTINCT f, place
WHERE place IS NOT NULL
MERGE (f)-[:LOCATED_IN]->(place)
