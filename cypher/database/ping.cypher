// The health probe: whether Neo4j answers at all, at the least cost (no store access).
// Returns: ok (1).
RETURN 1 AS ok
