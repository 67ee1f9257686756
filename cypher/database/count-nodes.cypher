// Whether the database holds anything yet: npm start seeds an empty one.
// Returns: nodes (0 or 1).
MATCH (n) RETURN count(n) AS nodes LIMIT 1
