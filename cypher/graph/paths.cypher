// The shortest paths between two nodes, either way along any relationship, shortest first.
// The hop bound of a pattern cannot be a parameter, and a bound written as a filter on length(p)
// does not stop the search: SHORTEST 10 then looked for ten paths up to the pattern's own bound,
// through a million firms when fewer than ten are that short (753 ms to find a firm's path to
// itself). So there is one search per bound, 1 to 6 (the largest $maxHops), and only the one for
// $maxHops runs; SHORTEST 10 is the largest $first.
// From a node to itself, the one path is that node alone, of length 0 (not the cycles through it).
// $fromType, $fromKey, $toType, $toKey: the two global ids split in two (`Firm`, `jingui-silver`);
// $maxHops: the longest path to keep (1..6); $first: how many paths at most (1..10);
// $labels: the labels a node on the path may carry (core/labels.ts NODE_LABELS), so no path runs
// through the rules and records behind the graph (industry codes, rosters, derived rows).
// Returns one row per path (none when either node does not exist or nothing joins them):
//   nodes: [node] from start to end; edges: [edge] in path order; length: its number of relationships.
//   node: {elementId, labels, properties}; edge: {type, start, end} with elementIds (start/end as stored).
CALL () {
  MATCH (n:Region {code: $fromKey}) WHERE $fromType = 'Region' RETURN n
  UNION
  MATCH (n:Park {id: $fromKey}) WHERE $fromType = 'Park' RETURN n
  UNION
  MATCH (n:Firm {id: $fromKey}) WHERE $fromType = 'Firm' RETURN n
  UNION
  MATCH (n:Chain {id: $fromKey}) WHERE $fromType = 'Chain' RETURN n
  UNION
  MATCH (n:Segment {id: $fromKey}) WHERE $fromType = 'Segment' RETURN n
  UNION
  MATCH (n:Project {id: $fromKey}) WHERE $fromType = 'Project' RETURN n
  UNION
  MATCH (n:Source {id: $fromKey}) WHERE $fromType = 'Source' RETURN n
  UNION
  MATCH (n:Observation {id: $fromKey}) WHERE $fromType = 'Observation' RETURN n
  UNION
  MATCH (n:Statement {id: $fromKey}) WHERE $fromType = 'Statement' RETURN n
}
WITH n AS a
CALL () {
  MATCH (n:Region {code: $toKey}) WHERE $toType = 'Region' RETURN n
  UNION
  MATCH (n:Park {id: $toKey}) WHERE $toType = 'Park' RETURN n
  UNION
  MATCH (n:Firm {id: $toKey}) WHERE $toType = 'Firm' RETURN n
  UNION
  MATCH (n:Chain {id: $toKey}) WHERE $toType = 'Chain' RETURN n
  UNION
  MATCH (n:Segment {id: $toKey}) WHERE $toType = 'Segment' RETURN n
  UNION
  MATCH (n:Project {id: $toKey}) WHERE $toType = 'Project' RETURN n
  UNION
  MATCH (n:Source {id: $toKey}) WHERE $toType = 'Source' RETURN n
  UNION
  MATCH (n:Observation {id: $toKey}) WHERE $toType = 'Observation' RETURN n
  UNION
  MATCH (n:Statement {id: $toKey}) WHERE $toType = 'Statement' RETURN n
}
WITH a, n AS b
CALL (a, b) {
  WITH a, b WHERE a = b
  MATCH p = (a)
  RETURN p
  UNION ALL
  UNWIND CASE WHEN a <> b THEN [$maxHops] ELSE [] END AS bound
  CALL (a, b, bound) {
    WITH a, b WHERE bound = 1
    MATCH p = SHORTEST 10 (a)(()-[]-(x WHERE any(label IN labels(x) WHERE label IN $labels))){1,1}(b) RETURN p
    UNION ALL
    WITH a, b WHERE bound = 2
    MATCH p = SHORTEST 10 (a)(()-[]-(x WHERE any(label IN labels(x) WHERE label IN $labels))){1,2}(b) RETURN p
    UNION ALL
    WITH a, b WHERE bound = 3
    MATCH p = SHORTEST 10 (a)(()-[]-(x WHERE any(label IN labels(x) WHERE label IN $labels))){1,3}(b) RETURN p
    UNION ALL
    WITH a, b WHERE bound = 4
    MATCH p = SHORTEST 10 (a)(()-[]-(x WHERE any(label IN labels(x) WHERE label IN $labels))){1,4}(b) RETURN p
    UNION ALL
    WITH a, b WHERE bound = 5
    MATCH p = SHORTEST 10 (a)(()-[]-(x WHERE any(label IN labels(x) WHERE label IN $labels))){1,5}(b) RETURN p
    UNION ALL
    WITH a, b WHERE bound = 6
    MATCH p = SHORTEST 10 (a)(()-[]-(x WHERE any(label IN labels(x) WHERE label IN $labels))){1,6}(b) RETURN p
  }
  RETURN p
}
WITH p, length(p) AS length, [n IN nodes(p) | coalesce(n.code, n.id)] AS keys
ORDER BY length, keys
LIMIT $first
RETURN
  [n IN nodes(p) | {elementId: elementId(n), labels: labels(n), properties: properties(n)}] AS nodes,
  [r IN relationships(p) | {type: type(r), start: elementId(startNode(r)), end: elementId(endNode(r))}] AS edges,
  length
