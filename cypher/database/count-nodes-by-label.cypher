// How many nodes carry each label, for the seed loader's report and the idempotency test.
// Returns one row per label: label, nodes.
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS nodes
ORDER BY label
