import type { SegmentRuleRow } from '../../core/classification-rules.ts';
import type { Region } from '../../import/check/region-index.ts';

export type { Region };

/** A known park: its names in Simplified characters and the region it lies in. */
export interface KnownPark {
  id: string;
  name: string;
  aliases: string[];
  region: string;
}

/** A known firm, linked rather than duplicated when an article names it. */
export interface KnownFirm {
  id: string;
  name: string;
  aliases: string[];
}

/** A chain and the words that name it in running text (its name, and its name's parts). */
export interface KnownChain {
  id: string;
  name: string;
}

/** An indicator of the closed list (seed/indicators.yaml). */
export interface KnownIndicator {
  name: string;
  descriptionZh: string;
  unit: string;
}

/**
 * Everything the extractors look names up in. An interface, so the evaluation builds one from
 * the seed files (with an article's own parks and firms left out) and the app can build one
 * from the graph.
 */
export interface Gazetteer {
  regions: Region[];
  parks: KnownPark[];
  firms: KnownFirm[];
  chains: KnownChain[];
  /** The segment keyword rules of the importer's classifier (core/classification-rules.ts). */
  segments: SegmentRuleRow[];
  indicators: KnownIndicator[];
}
