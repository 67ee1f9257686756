// What a decision on a proposal is checked against before it is written: the proposal's segment and
// chain, and the segment the decision would place its firm or project on.
// $id: the proposal's id; $segment: the segment to move it to, or null (accept and reject: the proposed one).
// Returns at most one row (none for an unknown id): entity (the firm's or project's id), segment (the
// proposed one's id), chainId, chainName, target {id, chainId, chainName, taken} or null (no segment
// with that id); taken: the firm or project is already on it by a relationship this proposal did not
// make, or another pending proposal is for it, so the decision would place it there twice.
MATCH (x:Proposal {id: $id})-[:OF]->(e)
MATCH (x)-[:TO]->(s:Segment)-[:PART_OF]->(c:Chain)
OPTIONAL MATCH (t:Segment {id: coalesce($segment, s.id)})-[:PART_OF]->(tc:Chain)
RETURN e.id AS entity, s.id AS segment, c.id AS chainId, c.name AS chainName,
       CASE WHEN t IS NULL THEN null ELSE {
         id: t.id, chainId: tc.id, chainName: tc.name,
         taken: EXISTS { MATCH (e)-[r:MAKES|ADDS]->(t) WHERE r.proposal IS NULL OR r.proposal <> x.id }
             OR EXISTS { MATCH (other:Proposal {status: 'pending'})-[:OF]->(e) WHERE other <> x AND EXISTS { (other)-[:TO]->(t) } }
       } END AS target
