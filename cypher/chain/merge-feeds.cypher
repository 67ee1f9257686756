// Links segments from supplier to user, inside a chain or across chains (延链). Idempotent.
// $feeds: list of {from, to} segment ids; $basis: where the links come from.
// Returns nothing.
UNWIND $feeds AS row
MATCH (from:Segment {id: row.from})
MATCH (to:Segment {id: row.to})
MERGE (from)-[f:FEEDS]->(to)
SET f.basis = $basis
