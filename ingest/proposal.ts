import type { Reason } from './reasons.ts';

/** What the extractors propose; the kinds and fields mirror the seed's article model (seed/schema/article-file.ts). */
export type ProposalKind = 'place' | 'park' | 'firm' | 'project' | 'focus' | 'figure' | 'new-indicator';

export type Role = 'leading' | 'pillar' | 'key' | 'emerging' | 'cluster';
export type ProjectStatus = 'negotiating' | 'signed' | 'under_construction' | 'in_production' | 'completed';

/** Where a fact is: a known or proposed park (by name), or a region by its code. */
export interface PlaceRef {
  region?: string;
  park?: string;
}

export interface PlaceFields {
  region: string;
  name: string;
  /** How the text wrote it (新干 for 新干县). */
  mention: string;
}
export interface ParkFields {
  name: string;
  /** The known park's id when the gazetteer has it. */
  known?: string;
  region?: string;
}
export interface FirmFields {
  name: string;
  known?: string;
}
export interface ProjectFields extends PlaceRef {
  name: string;
  /** The investor's name as the article gives it. */
  firm?: string;
  investmentCny?: number;
  /** 超/约/近 before the amount, kept as written. */
  amountQualifier?: string;
  capacity?: string;
  status?: ProjectStatus;
  signedOn?: string;
}
export interface FocusFields extends PlaceRef {
  chain: string;
  role?: Role;
}
export interface FigureFields extends PlaceRef {
  indicator: string;
  period?: string;
  value: number;
  unit: string;
  qualifier?: 'more_than' | 'forecast';
}
export interface NewIndicatorFields extends PlaceRef {
  /** The words of the article that name what is measured. */
  label: string;
  period?: string;
  value: number;
  unit: string;
}

interface Base {
  /** The sentence as the article writes it, in its own characters. */
  sentence: string;
  sentenceIndex: number;
  confidence: number;
  /** Which rules read it: codes the CLI, the API and the page say in the user's language (ingest/reasons.ts). */
  why: Reason[];
}

export type Proposal =
  | (Base & { kind: 'place'; fields: PlaceFields })
  | (Base & { kind: 'park'; fields: ParkFields })
  | (Base & { kind: 'firm'; fields: FirmFields })
  | (Base & { kind: 'project'; fields: ProjectFields })
  | (Base & { kind: 'focus'; fields: FocusFields })
  | (Base & { kind: 'figure'; fields: FigureFields })
  | (Base & { kind: 'new-indicator'; fields: NewIndicatorFields });
