// One fulltext index over every name, with Lucene's CJK analyzer: it indexes overlapping
// character pairs (新干县 → 新干, 干县), so Chinese names match by their parts. searchText holds
// each entity's aliases and its name in Simplified and Traditional characters, one per line.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Region|Park|Firm|Chain|Segment|Project) ON EACH [n.name, n.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
