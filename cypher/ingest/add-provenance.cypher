// Adds an article as one more source of facts the graph holds already (a firm, park, project,
// figure, or a place's focus on a chain), with the sentence as its evidence: `sources` and
// `evidence` run side by side, as the seed writes them (seed/provenance.ts). A pair there already is not added again.
// $nodes: list of {label ('Firm'|'Park'|'Project'|'Observation'), key}; $focus: {park, region, chain} or null;
// $source: the article's Source id; $evidence: the sentence.
// Returns nothing.
CALL () {
  UNWIND $nodes AS node
  OPTIONAL MATCH (firm:Firm {id: node.key}) WHERE node.label = 'Firm'
  OPTIONAL MATCH (park:Park {id: node.key}) WHERE node.label = 'Park'
  OPTIONAL MATCH (project:Project {id: node.key}) WHERE node.label = 'Project'
  OPTIONAL MATCH (sealed:ConfidentialProject {id: node.key}) WHERE node.label = 'Project'
  OPTIONAL MATCH (observation:Observation {id: node.key}) WHERE node.label = 'Observation'
  WITH coalesce(firm, park, project, sealed, observation) AS n
  WHERE n IS NOT NULL
    AND NOT any(i IN range(0, size(coalesce(n.sources, [])) - 1) WHERE n.sources[i] = $source AND n.evidence[i] = $evidence)
  SET n.sources = coalesce(n.sources, []) + $source, n.evidence = coalesce(n.evidence, []) + $evidence
}
CALL () {
  OPTIONAL MATCH (park:Park {id: $focus.park})
  OPTIONAL MATCH (region:Region {code: $focus.region})
  WITH coalesce(park, region) AS place
  MATCH (place)-[f:FOCUSES_ON]->(:Chain {id: $focus.chain})
  WHERE NOT any(i IN range(0, size(coalesce(f.sources, [])) - 1) WHERE f.sources[i] = $source AND f.evidence[i] = $evidence)
  SET f.sources = coalesce(f.sources, []) + $source, f.evidence = coalesce(f.evidence, []) + $evidence
}
