// The first login of a new Neo4j is neo4j/neo4j and must change the password before anything else.
// Run against the `system` database.
// $currentPassword: the password in force; $newPassword: the one to set.
// Returns nothing.
ALTER CURRENT USER SET PASSWORD FROM $currentPassword TO $newPassword
