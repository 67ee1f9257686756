import type { ProvenanceRecord } from '../source/provenance.ts';

/** A REPORTED figure; exactly one of parkId and regionCode is set. */
export interface ObservationRecord extends ProvenanceRecord {
  key: string;
  indicator: string;
  period: string | null;
  value: number;
  unit: string;
  scope: string | null;
  qualifier: string | null;
  chain: string | null;
  segment: string | null;
  benchmark: string | null;
  note: string | null;
  parkId?: string | null;
  regionCode?: string | null;
}
