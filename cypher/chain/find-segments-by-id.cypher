// Segments by id, or the segments that firms make, with their chain and FEEDS neighbours, and how
// many firms make and projects add each across the country, read from the segment's '*' presence
// row (core/presence.ts) rather than from every MAKES and ADDS; for the per-request segment
// loader ($ids) and firm-segments loader ($firmIds). With each segment's chain as
// chain/find-chains-by-id returns it, so that the loaders can prime the chain loader and a
// segment's chain costs no second round trip.
// $ids: list of segment ids; $firmIds: list of firm ids (either may be []).
// Returns one row per segment found by id (firmId null), and one per firm and segment it makes,
//   by firm, then segment id: firmId, chain {key, name, nameEn, basis, note, segmentIds},
//   segment {key, name, nameEn, stage, basis, chainId,
//   supplierIds, userIds, firmCount, firmIds (at most 150, strongest first), projectCount,
//   projectIds (at most 20, pipeline first)}; counts are 0 and lists empty without a presence row.
CALL () {
  UNWIND $ids AS id
  MATCH (s:Segment {id: id})
  RETURN s, null AS firmId
  UNION
  UNWIND $firmIds AS firmId
  MATCH (:Firm {id: firmId})-[:MAKES]->(s:Segment)
  RETURN s, firmId
}
MATCH (s)-[:PART_OF]->(c:Chain)
OPTIONAL MATCH (pr:Presence {place: '*', segment: s.id})
RETURN firmId,
c {key: c.id, .name, .nameEn, .basis, .note,
  segmentIds: COLLECT { MATCH (x:Segment)-[:PART_OF]->(c) RETURN x.id
                        ORDER BY CASE x.stage WHEN 'upstream' THEN 0 WHEN 'midstream' THEN 1 ELSE 2 END, x.id }
} AS chain,
s {key: s.id, .name, .nameEn, .stage, .basis, chainId: c.id,
  supplierIds: COLLECT { MATCH (x:Segment)-[:FEEDS]->(s) RETURN x.id ORDER BY x.id },
  userIds: COLLECT { MATCH (s)-[:FEEDS]->(x:Segment) RETURN x.id ORDER BY x.id },
  firmCount: coalesce(pr.firmCount, 0),
  firmIds: coalesce(pr.firmIds, [])[..150],
  projectCount: coalesce(pr.projectCount, 0),
  projectIds: coalesce(pr.projectIds, [])[..20]
} AS segment
ORDER BY firmId, segment.key
