// A place's focus on a chain as it stands, before an accepted proposal merges with it.
// $park: a park's id, or null; $region: a region's code, or null (one of the two); $chain: the chain's id.
// Returns at most one row: role, sources, evidence (null where absent).
OPTIONAL MATCH (park:Park {id: $park})
OPTIONAL MATCH (region:Region {code: $region})
WITH coalesce(park, region) AS place
MATCH (place)-[f:FOCUSES_ON]->(:Chain {id: $chain})
RETURN f.role AS role, f.sources AS sources, f.evidence AS evidence
