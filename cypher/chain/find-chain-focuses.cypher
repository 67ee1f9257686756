// The places that focus on each of some chains, for the per-request loader behind Chain.focusedBy.
// $ids: list of chain ids.
// Returns one row per chain found: chain {key, focuses: [{chainId, parkId, regionCode, role, note, sources, evidence}]}.
UNWIND $ids AS id
MATCH (c:Chain {id: id})
RETURN {key: c.id,
  focuses: COLLECT { MATCH (place)-[f:FOCUSES_ON]->(c)
                     RETURN f {chainId: c.id, parkId: CASE WHEN place:Park THEN place.id END,
                               regionCode: CASE WHEN place:Region THEN place.code END,
                               .role, .note, .sources, .evidence} AS focus
                     ORDER BY focus.regionCode, focus.parkId }
} AS chain
