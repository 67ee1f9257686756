// What the graph already says of where the import's firms or projects belong, so an import proposes
// nothing twice: the segments each makes (MAKES) or adds (ADDS), by whatever method (a person's
// placement included), and the segments it has a Proposal for (pending, accepted or rejected).
// $kind: 'makes' (firms) or 'adds' (projects); $ids: the firms' or projects' ids.
// Returns one row per entity found: id, placed [segment id], proposed [segment id].
UNWIND $ids AS id
OPTIONAL MATCH (f:Firm {id: id}) WHERE $kind = 'makes'
OPTIONAL MATCH (p:Project {id: id}) WHERE $kind = 'adds'
OPTIONAL MATCH (sealed:ConfidentialProject {id: id}) WHERE $kind = 'adds'
WITH id, coalesce(f, p, sealed) AS e
WHERE e IS NOT NULL
RETURN id,
       COLLECT { MATCH (e)-[:MAKES|ADDS]->(s:Segment) RETURN s.id } AS placed,
       COLLECT { MATCH (x:Proposal)-[:OF]->(e) MATCH (x)-[:TO]->(s:Segment) RETURN s.id } AS proposed
