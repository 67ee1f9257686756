// Which chains a region or park focuses on, and in what role (首位/主导/重点/新兴/集群). Idempotent.
// A focus whose role the article does not give is kept with role null.
// $focuses: list of {park, region, chain, role, note, sources, evidence}.
// Returns nothing.
UNWIND $focuses AS row
MATCH (c:Chain {id: row.chain})
OPTIONAL MATCH (park:Park {id: row.park})
OPTIONAL MATCH (region:Region {code: row.region})
WITH row, c, coalesce(park, region) AS place
WHERE place IS NOT NULL
MERGE (place)-[f:FOCUSES_ON]->(c)
SET f.role = row.role, f.note = row.note, f.sources = row.sources, f.evidence = row.evidence
