// Sets an import's counts on its Source once the last batch of its file is written: an import
// writes its Source with its first batch (so that a failure after it can be undone by id) and
// only knows the whole file's counts at the end.
// $id: the import's Source id; $counts: {rowCount, newCount, changedCount, unchangedCount, refusedCount, rosterKey (or null), placedCount, proposedCount}.
// Returns nothing.
MATCH (s:Source {id: $id, kind: 'import'})
SET s += $counts
