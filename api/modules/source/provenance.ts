/** Which articles state a fact, each with its sentence: `sources[i]` is where `evidence[i]` was read. */
export interface ProvenanceRecord {
  sources: string[] | null;
  evidence: string[] | null;
}
