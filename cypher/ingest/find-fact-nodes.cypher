// The facts an accepted proposal would merge with, as they stand: what it changes is recorded from
// these, so that the article's undo gives them back. A project is found under either label.
// $nodes: list of {label ('Firm'|'Park'|'Project'|'Observation'), key (its id)}.
// Returns one row per node found: label, key, sources, evidence (null where absent).
UNWIND $nodes AS node
OPTIONAL MATCH (firm:Firm {id: node.key}) WHERE node.label = 'Firm'
OPTIONAL MATCH (park:Park {id: node.key}) WHERE node.label = 'Park'
OPTIONAL MATCH (project:Project {id: node.key}) WHERE node.label = 'Project'
OPTIONAL MATCH (sealed:ConfidentialProject {id: node.key}) WHERE node.label = 'Project'
OPTIONAL MATCH (observation:Observation {id: node.key}) WHERE node.label = 'Observation'
WITH node, coalesce(firm, park, project, sealed, observation) AS n
WHERE n IS NOT NULL
RETURN node.label AS label, node.key AS key, n.sources AS sources, n.evidence AS evidence
