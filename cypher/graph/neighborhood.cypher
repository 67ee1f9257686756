// One breadth-first level of a neighbourhood (api/modules/graph/neighborhood.ts runs one per level):
// at most $limit new neighbours of the level's nodes, the edges that join them to the level and to
// each other, and how many new neighbours there are in all, counted exactly.
// A new neighbour is a node next to the level that is neither in the level or an earlier one nor
// next to an earlier level (those were counted, or kept, already). Nodes are ordered by key, so a page is stable.
// $type, $key: the start node's global id split in two (`Region`, `3608`) for the first level, else null;
// $frontier: elementIds of the level's nodes for the later levels, else [];
// $inner: elementIds of the nodes of the earlier levels, [] on the first level;
// $types: labels a neighbour may carry (['Firm', 'Park']; every label a global id can name when the
//   request names none, so that the rules and records behind the graph never show: industry codes, rosters, derived rows);
// $limit: how many new neighbours at most, the budget left (0 only counts them).
// Returns no row when the level has no node (an unknown start), else one row:
//   start: [node], the start node on the first level, else [];
//   nodes: [node], the new neighbours kept; edges: [edge] among the level and those;
//   total: how many new neighbours there are, kept or not.
//   node: {elementId, labels, properties}; edge: {type, start, end} with elementIds.
CALL () {
  MATCH (n:Region {code: $key}) WHERE $type = 'Region' RETURN n
  UNION
  MATCH (n:Park {id: $key}) WHERE $type = 'Park' RETURN n
  UNION
  MATCH (n:Firm {id: $key}) WHERE $type = 'Firm' RETURN n
  UNION
  MATCH (n:Chain {id: $key}) WHERE $type = 'Chain' RETURN n
  UNION
  MATCH (n:Segment {id: $key}) WHERE $type = 'Segment' RETURN n
  UNION
  MATCH (n:Project {id: $key}) WHERE $type = 'Project' RETURN n
  UNION
  MATCH (n:Source {id: $key}) WHERE $type = 'Source' RETURN n
  UNION
  MATCH (n:Observation {id: $key}) WHERE $type = 'Observation' RETURN n
  UNION
  MATCH (n:Statement {id: $key}) WHERE $type = 'Statement' RETURN n
  UNION
  MATCH (n) WHERE elementId(n) IN $frontier RETURN n
}
WITH collect(n) AS frontier
WHERE size(frontier) > 0
CALL (frontier) {
  UNWIND frontier AS n
  CALL (n, frontier) {
    MATCH (n)--(m)
    WHERE NOT m IN frontier AND NOT elementId(m) IN $inner
      AND any(label IN labels(m) WHERE label IN $types)
      AND NOT EXISTS { MATCH (m)--(seen) WHERE elementId(seen) IN $inner }
    WITH DISTINCT m
    RETURN m ORDER BY coalesce(m.code, m.id), elementId(m) LIMIT $limit
  }
  WITH DISTINCT m
  ORDER BY coalesce(m.code, m.id), elementId(m) LIMIT $limit
  RETURN collect(m) AS kept
}
CALL (frontier, kept) {
  UNWIND kept AS m
  MATCH (m)-[r]-(other)
  WHERE other IN frontier OR other IN kept
  WITH DISTINCT r
  RETURN collect({type: type(r), start: elementId(startNode(r)), end: elementId(endNode(r))}) AS edges
}
RETURN
  CASE WHEN $type IS NULL THEN []
       ELSE [n IN frontier | {elementId: elementId(n), labels: labels(n), properties: properties(n)}] END AS start,
  [m IN kept | {elementId: elementId(m), labels: labels(m), properties: properties(m)}] AS nodes,
  edges,
  COUNT {
    UNWIND frontier AS n
    MATCH (n)--(m)
    WHERE NOT m IN frontier AND NOT elementId(m) IN $inner
      AND any(label IN labels(m) WHERE label IN $types)
      AND NOT EXISTS { MATCH (m)--(seen) WHERE elementId(seen) IN $inner }
    RETURN DISTINCT m
  } AS total
