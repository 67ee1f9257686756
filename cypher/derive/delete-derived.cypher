// Deletes up to $limit derived rows (presence and relatedness), to be run until it deletes none.
// Returns: deleted.
MATCH (n:Presence|SegmentRelatedness)
WITH n LIMIT $limit
DELETE n
RETURN count(*) AS deleted
