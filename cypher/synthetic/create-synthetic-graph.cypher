// Marks a database as synthetic: one node that says what generated it, and from which seed.
// $graph: {firms, seed, generator, generatedAt}.
// Returns nothing.
CREATE (:SyntheticGraph {firms: $graph.firms, seed: $graph.seed, generator: $graph.generator,
                         generatedAt: $graph.generatedAt, synthetic: true})
