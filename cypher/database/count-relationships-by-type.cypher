// How many relationships there are of each type, for the seed loader's report and the idempotency test.
// Returns one row per type: type, relationships.
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS relationships
ORDER BY type
