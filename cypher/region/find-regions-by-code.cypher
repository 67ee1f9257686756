// Regions by their short codes, for the per-request region loader.
// $codes: list of short codes, e.g. ['36', '3608', '360824'].
// Returns one row per code found: region {code, name, level, parentCode}.
UNWIND $codes AS code
MATCH (r:Region {code: code})
OPTIONAL MATCH (r)-[:PART_OF]->(parent:Region)
RETURN r {.code, .name, .level, parentCode: parent.code} AS region
