// Which version of derive wrote the derived rows: null before any derive, or before versions were kept.
// Returns one row: version.
OPTIONAL MATCH (m:DerivedRows)
RETURN m.version AS version
