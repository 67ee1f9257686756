// Deletes every segment's relatedness row, before an incremental derive writes them again (they
// depend on every region: recomputed whole, from the presence rows).
// Returns: deleted.
MATCH (n:SegmentRelatedness)
DELETE n
RETURN count(*) AS deleted
