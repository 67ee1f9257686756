// The regions directly below some regions (a province's cities, a city's counties), or the
// provinces for `*`: the children whose presence rows add up to their parent's.
// $places: region codes, or `*`.
// Returns one row per place: place, children [region codes].
UNWIND $places AS place
CALL (place) {
  MATCH (c:Region)
  WHERE (place = '*' AND c.level = 'province') OR (place <> '*' AND EXISTS { (c)-[:PART_OF]->(:Region {code: place}) })
  RETURN collect(c.code) AS children
}
RETURN place, children
