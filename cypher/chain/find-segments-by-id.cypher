// Segments by id with their chain, FEEDS neighbours, firms and projects, for the per-request segment loader.
// $ids: list of segment ids.
// Returns one row per segment found: segment {key, name, nameEn, stage, basis, chainId,
//   supplierIds, userIds, firmIds, projectIds}.
UNWIND $ids AS id
MATCH (s:Segment {id: id})-[:PART_OF]->(c:Chain)
RETURN s {key: s.id, .name, .nameEn, .stage, .basis, chainId: c.id,
  supplierIds: COLLECT { MATCH (x:Segment)-[:FEEDS]->(s) RETURN x.id ORDER BY x.id },
  userIds: COLLECT { MATCH (s)-[:FEEDS]->(x:Segment) RETURN x.id ORDER BY x.id },
  firmIds: COLLECT { MATCH (f:Firm)-[:MAKES]->(s) RETURN f.id ORDER BY f.id },
  projectIds: COLLECT { MATCH (p:Project)-[:ADDS]->(s) RETURN p.id ORDER BY p.id }
} AS segment
