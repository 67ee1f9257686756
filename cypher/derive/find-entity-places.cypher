// Where an import's firms or projects are after it wrote them: the most precise region of each
// (regionPath[0]) and its park, so that only the presence rows of those places are derived again;
// and whether a firm runs projects (then the projects' side of the rows is counted again too). A
// project that went back into negotiation (:ConfidentialProject) is found too: its place's rows must drop it.
// $kind: 'firms' or 'projects'; $ids: their ids.
// Returns one row per distinct place and answer: region (a region code, or null), park (a park id, or null), runsProjects.
UNWIND $ids AS id
OPTIONAL MATCH (f:Firm {id: id}) WHERE $kind = 'firms'
OPTIONAL MATCH (p:Project {id: id}) WHERE $kind = 'projects'
OPTIONAL MATCH (sealed:ConfidentialProject {id: id}) WHERE $kind = 'projects'
WITH coalesce(f, p, sealed) AS e
WHERE e IS NOT NULL
RETURN DISTINCT e.regionPath[0] AS region, e.parkId AS park, e:Firm AND EXISTS { (e)<-[:BY]-(:Project) } AS runsProjects
