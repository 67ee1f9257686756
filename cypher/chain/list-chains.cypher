// Every chain template, by name.
// Returns: chainId per row.
MATCH (c:Chain)
RETURN c.id AS chainId
ORDER BY c.id
