// Links each region to the one it is part of. Idempotent.
// $regions: list of {code, parent}; rows with a null parent (provinces) are skipped.
// Returns nothing.
UNWIND $regions AS row
WITH row WHERE row.parent IS NOT NULL
MATCH (r:Region {code: row.code})
MATCH (p:Region {code: row.parent})
MERGE (r)-[:PART_OF]->(p)
