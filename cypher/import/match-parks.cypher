// Parks by the names a file gives them (name or alias), with the region each lies in.
// $names: list of park names as written.
// Returns one row per park found: name (as given), id, region (a region code, or null).
UNWIND $names AS name
MATCH (p:Park)
WHERE p.name = name OR name IN coalesce(p.aliases, [])
OPTIONAL MATCH (p)-[:IN]->(r:Region)
RETURN name, p.id AS id, r.code AS region
ORDER BY name, id
