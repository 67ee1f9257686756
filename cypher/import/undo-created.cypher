// Deletes what an import created (firms, projects, a roster), with their relationships.
// $created: list of {label ('Firm'|'Project'|'Roster'), key (its id)}.
// Returns: deleted (how many nodes).
UNWIND $created AS c
OPTIONAL MATCH (firm:Firm {id: c.key}) WHERE c.label = 'Firm'
OPTIONAL MATCH (project:Project {id: c.key}) WHERE c.label = 'Project'
OPTIONAL MATCH (sealed:ConfidentialProject {id: c.key}) WHERE c.label = 'Project'
OPTIONAL MATCH (roster:Roster {id: c.key}) WHERE c.label = 'Roster'
WITH coalesce(firm, project, sealed, roster) AS n
WHERE n IS NOT NULL
DETACH DELETE n
RETURN count(*) AS deleted
