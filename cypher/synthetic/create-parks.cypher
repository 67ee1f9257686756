// Creates synthetic parks in their counties (bulk load into an empty synthetic database: CREATE, not MERGE).
// Their level is 'other': nothing says a made-up park is national or provincial.
// $parks: list of {id, name, region, regionPath}.
// Returns nothing.
UNWIND $parks AS row
MATCH (region:Region {code: row.region})
CREATE (p:Park {id: row.id, name: row.name, level: 'other', regionPath: row.regionPath, synthetic: true})
CREATE (p)-[:IN]->(region)
