// A roster by id, as it is before an import writes it.
// $id: the roster id.
// Returns at most one row: roster (all its properties).
MATCH (r:Roster {id: $id})
RETURN properties(r) AS roster
