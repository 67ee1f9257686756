// Statements an article makes that fit no other shape of the model, kept so that nothing it says is lost.
// $statements: list of {id, text, why, source, evidence}.
// Returns nothing.
UNWIND $statements AS row
MATCH (s:Source {id: row.source})
MERGE (st:Statement {id: row.id})
SET st.text = row.text, st.why = row.why, st.sources = [row.source], st.evidence = [row.evidence]
MERGE (st)-[:FROM]->(s)
