// Gives each project the label its status lets readers see. A project still being negotiated (在谈)
// is an investment-promotion team's confidential lead: it carries :ConfidentialProject instead of
// :Project, so that no reader statement (they all match :Project), no derived row (presence,
// relatedness, firm strength) and no search index (entity_search names :Project) ever reaches it;
// only editors' statements name :ConfidentialProject. Run after every write of a project's status
// (seed, import, undo, synthetic graphs), in the same transaction.
// $ids: the projects written.
// Returns nothing.
UNWIND $ids AS id
OPTIONAL MATCH (open:Project {id: id})
OPTIONAL MATCH (sealed:ConfidentialProject {id: id})
WITH coalesce(open, sealed) AS p
WHERE p IS NOT NULL
FOREACH (_ IN CASE WHEN p.status = 'negotiating' THEN [1] ELSE [] END | REMOVE p:Project SET p:ConfidentialProject)
FOREACH (_ IN CASE WHEN p.status = 'negotiating' THEN [] ELSE [1] END | REMOVE p:ConfidentialProject SET p:Project)
