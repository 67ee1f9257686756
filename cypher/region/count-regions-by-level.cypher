// How many regions there are of each level, for the seed loader's report.
// Returns one row per level: level, regions.
MATCH (r:Region)
RETURN r.level AS level, count(r) AS regions
ORDER BY level
