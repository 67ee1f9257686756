// Firm ids for the benchmark's lookups: at most $count, spread evenly over the firms in id order,
// so that one graph always yields the same sample. Synthetic firms (synthetic: true) are preferred
// when the graph has any; otherwise every firm counts (the real seed).
// $count: how many ids at most (a positive integer).
// Returns: id per row, in id order.
WITH EXISTS { MATCH (s:Firm) WHERE s.synthetic = true } AS preferSynthetic
MATCH (f:Firm)
WHERE NOT preferSynthetic OR f.synthetic = true
WITH f.id AS id
ORDER BY id
WITH collect(id) AS ids
UNWIND range(0, $count - 1) AS i
WITH ids, toInteger(floor(i * toFloat(size(ids)) / $count)) AS at
WHERE at < size(ids)
WITH DISTINCT ids[at] AS id
RETURN id
ORDER BY id
