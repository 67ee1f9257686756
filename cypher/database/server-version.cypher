// The Neo4j server's version and edition, for the machine section of a benchmark report.
// Returns one row per component (normally one): name, version, edition.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
