// The codes of all provinces: a query over "everywhere" starts from these.
// Returns: code per row.
MATCH (r:Province)
RETURN r.code AS code
ORDER BY code
