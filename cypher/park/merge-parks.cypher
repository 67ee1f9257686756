// Creates or updates parks and the region each lies in. Idempotent.
// $parks: list of {id, name, aliases, level, region, searchText, note, sources, evidence}.
// Returns nothing.
UNWIND $parks AS row
MATCH (region:Region {code: row.region})
MERGE (p:Park {id: row.id})
SET p.name = row.name, p.aliases = row.aliases, p.level = row.level, p.searchText = row.searchText,
    p.note = row.note, p.sources = row.sources, p.evidence = row.evidence
MERGE (p)-[:IN]->(region)
WITH p, region
OPTIONAL MATCH (p)-[stale:IN]->(other) WHERE other <> region
DELETE stale
