// Deletes the presence rows of some places, all of their segments or only some, before an
// incremental derive writes them again.
// $places: place keys; $segments: segment ids, or null for every segment.
// Returns: deleted.
UNWIND $places AS place
MATCH (p:Presence {place: place})
WHERE $segments IS NULL OR p.segment IN $segments
DELETE p
RETURN count(*) AS deleted
