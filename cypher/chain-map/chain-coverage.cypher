// A chain's segments with the firms and projects a place has in each, and the FEEDS links of the
// chain (inside it, and the cross-chain ones at its edges).
// The place is every region below $regionCodes (with their parks), or the park $parkId.
// $chainId; $regionCodes: region codes (all province codes for everywhere, [] for a park);
// $parkId: a park id or null; $firmsPerSegment: how many firm ids to return per segment.
// Returns one row: segments [{key, stage, firmCount, firmIds, projects [{key, status}]}] in stage order,
//   links [{from, to, crossChain}].
MATCH (c:Chain {id: $chainId})
CALL () {
  UNWIND $regionCodes AS code
  MATCH (:Region {code: code})<-[:PART_OF*0..2]-(sub:Region)
  OPTIONAL MATCH (park:Park)-[:IN]->(sub)
  RETURN collect(DISTINCT sub) + collect(DISTINCT park) AS regionPlaces
}
CALL () {
  OPTIONAL MATCH (park:Park {id: $parkId})
  RETURN collect(park) AS parkPlaces
}
WITH c, regionPlaces + parkPlaces AS places
CALL (c, places) {
  UNWIND places AS place
  MATCH (place)<-[:LOCATED_IN]-(f:Firm)-[:MAKES]->(s:Segment)-[:PART_OF]->(c)
  WITH s, collect(DISTINCT f.id) AS firmIds
  RETURN collect({key: s.id, firmCount: size(firmIds), firmIds: firmIds[..$firmsPerSegment]}) AS firmRows
}
CALL (c, places) {
  UNWIND places AS place
  MATCH (place)<-[:IN]-(p:Project)-[:ADDS]->(s:Segment)-[:PART_OF]->(c)
  WITH s, collect(DISTINCT {key: p.id, status: p.status}) AS projects
  RETURN collect({key: s.id, projects: projects}) AS projectRows
}
RETURN
  [s IN COLLECT { MATCH (s:Segment)-[:PART_OF]->(c)
                  RETURN s ORDER BY CASE s.stage WHEN 'upstream' THEN 0 WHEN 'midstream' THEN 1 ELSE 2 END, s.id } |
    {key: s.id, stage: s.stage,
     firmCount: coalesce([r IN firmRows WHERE r.key = s.id][0].firmCount, 0),
     firmIds: coalesce([r IN firmRows WHERE r.key = s.id][0].firmIds, []),
     projects: coalesce([r IN projectRows WHERE r.key = s.id][0].projects, [])}] AS segments,
  COLLECT { MATCH (a:Segment)-[:FEEDS]->(b:Segment)
            WHERE (a)-[:PART_OF]->(c) OR (b)-[:PART_OF]->(c)
            RETURN {from: a.id, to: b.id, crossChain: NOT ((a)-[:PART_OF]->(c) AND (b)-[:PART_OF]->(c))} AS link
            ORDER BY link.from, link.to } AS links
