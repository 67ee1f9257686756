// Deletes what an import created (firms, projects, a roster), or an article's accepted proposals
// (also parks and figures), with their relationships.
// $created: list of {label ('Firm'|'Project'|'Roster', and for an article's undo 'Park'|'Observation'), key (its id)}.
// Returns: deleted (how many nodes).
UNWIND $created AS c
OPTIONAL MATCH (firm:Firm {id: c.key}) WHERE c.label = 'Firm'
OPTIONAL MATCH (project:Project {id: c.key}) WHERE c.label = 'Project'
OPTIONAL MATCH (sealed:ConfidentialProject {id: c.key}) WHERE c.label = 'Project'
OPTIONAL MATCH (roster:Roster {id: c.key}) WHERE c.label = 'Roster'
OPTIONAL MATCH (park:Park {id: c.key}) WHERE c.label = 'Park'
OPTIONAL MATCH (observation:Observation {id: c.key}) WHERE c.label = 'Observation'
WITH coalesce(firm, project, sealed, roster, park, observation) AS n
WHERE n IS NOT NULL
DETACH DELETE n
RETURN count(*) AS deleted
