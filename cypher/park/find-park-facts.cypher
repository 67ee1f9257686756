// What parks themselves say, apart from what lies in them (park/find-park-contents): each
// park's chain focuses and reported figures, for the per-request park-facts loader.
// $ids: list of park ids.
// Returns one row per park found: facts {key, focuses: [{chainId, parkId, role, note, sources,
//   evidence}], observations: [observation properties with key and parkId]}.
UNWIND $ids AS id
MATCH (p:Park {id: id})
RETURN {key: p.id,
  focuses: COLLECT { MATCH (p)-[f:FOCUSES_ON]->(c:Chain)
                     RETURN f {chainId: c.id, parkId: p.id, .role, .note, .sources, .evidence} ORDER BY c.id },
  observations: COLLECT { MATCH (p)-[:REPORTED]->(o:Observation)
                          RETURN o {.*, key: o.id, parkId: p.id} ORDER BY o.indicator, o.period }
} AS facts
