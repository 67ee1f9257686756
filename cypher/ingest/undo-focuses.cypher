// Gives a kept article's focuses back as they were: one its accepted proposal created is deleted,
// one it added itself to as a source gets its earlier sources and evidence back.
// $focuses: list of {key ('<park id or region code>>chain id'), previous (a map, or null for one it created)}.
// Returns: deleted, restored.
UNWIND $focuses AS row
WITH row, split(row.key, '>') AS parts
OPTIONAL MATCH (park:Park {id: parts[0]})
OPTIONAL MATCH (region:Region {code: parts[0]})
WITH row, parts, coalesce(park, region) AS place
MATCH (place)-[f:FOCUSES_ON]->(:Chain {id: parts[1]})
CALL (row, f) {
  WITH row, f WHERE row.previous IS NULL
  DELETE f
}
CALL (row, f) {
  WITH row, f WHERE row.previous IS NOT NULL
  SET f += row.previous
}
RETURN count(CASE WHEN row.previous IS NULL THEN 1 END) AS deleted, count(row.previous) AS restored
