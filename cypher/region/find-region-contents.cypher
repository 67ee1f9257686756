// What lies in regions, their descendants included (a city covers its counties and their parks),
// plus each region's own chain focuses and reported figures.
// $codes: list of short region codes.
// Returns one row per region found: contents {code, parkIds, firmIds, projectIds,
//   focuses: [{chainId, regionCode, role, note, sources, evidence}], observations: [...]}.
UNWIND $codes AS code
MATCH (r:Region {code: code})
CALL (r) {
  MATCH (sub:Region)-[:PART_OF*0..2]->(r)
  OPTIONAL MATCH (park:Park)-[:IN]->(sub)
  RETURN collect(DISTINCT sub) + collect(DISTINCT park) AS places, collect(DISTINCT park.id) AS parkIds
}
RETURN {code: code, parkIds: parkIds,
  firmIds: COLLECT { UNWIND places AS place MATCH (f:Firm)-[:LOCATED_IN]->(place) RETURN DISTINCT f.id AS id ORDER BY id },
  projectIds: COLLECT { UNWIND places AS place MATCH (p:Project)-[:IN]->(place) RETURN DISTINCT p.id AS id ORDER BY id },
  focuses: COLLECT { MATCH (r)-[f:FOCUSES_ON]->(c:Chain)
                     RETURN f {chainId: c.id, regionCode: r.code, .role, .note, .sources, .evidence} ORDER BY c.id },
  observations: COLLECT { MATCH (r)-[:REPORTED]->(o:Observation)
                          RETURN o {.*, key: o.id, regionCode: r.code} ORDER BY o.indicator, o.period }
} AS contents
