import type { Context } from '../../context.ts';
import type { ProvenanceRecord } from './provenance.ts';
import { loadAll } from '../../loaders/load-all.ts';
import type { SourceRecord } from './source-store.ts';

/** The `sources` and `evidence` fields every Sourced type shares. */
export const provenanceFields = {
  sources: (parent: ProvenanceRecord, _: unknown, { sources }: Context) => loadAll<SourceRecord>(sources, parent.sources),
  evidence: (parent: ProvenanceRecord) => parent.evidence ?? [],
};
