// What regions themselves say, apart from what lies in them (region/find-region-contents, which
// reads every firm below a region): each region's chain focuses and reported figures.
// $codes: list of short region codes.
// Returns one row per region found: facts {code, focuses: [{chainId, regionCode, role, note,
//   sources, evidence}], observations: [observation properties with key and regionCode]}.
UNWIND $codes AS code
MATCH (r:Region {code: code})
RETURN {code: code,
  focuses: COLLECT { MATCH (r)-[f:FOCUSES_ON]->(c:Chain)
                     RETURN f {chainId: c.id, regionCode: r.code, .role, .note, .sources, .evidence} ORDER BY c.id },
  observations: COLLECT { MATCH (r)-[:REPORTED]->(o:Observation)
                          RETURN o {.*, key: o.id, regionCode: r.code} ORDER BY o.indicator, o.period }
} AS facts
