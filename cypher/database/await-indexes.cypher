// Blocks until every index is online (populated), so queries right after start use them.
// Returns nothing.
CALL db.awaitIndexes(300)
