// How big the benchmarked graph is: all nodes, all relationships and the firms among the nodes,
// from the count store (no scan).
// Returns one row: nodes, relationships, firms.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (f:Firm) RETURN count(f) AS firms }
RETURN nodes, relationships, firms
