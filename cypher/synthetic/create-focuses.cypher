// Creates the chains synthetic counties and parks focus on.
// $focuses: list of {park, region, chain, role}.
// Returns nothing.
UNWIND $focuses AS row
MATCH (c:Chain {id: row.chain})
OPTIONAL MATCH (park:Park {id: row.park})
OPTIONAL MATCH (region:Region {code: row.region})
WITH row, c, coalesce(park, region) AS place
CREATE (place)-[:FOCUSES_ON {role: row.role, synthetic: true}]->(c)
