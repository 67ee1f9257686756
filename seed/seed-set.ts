import type { RegionSeedRow } from './regions/read-regions.ts';
import type { ArticleFile } from './schema/article-file.ts';
import type { ChainFile } from './schema/chain-file.ts';
import type { IndicatorsFile } from './schema/indicators-file.ts';
import type { IndustryCodesFile } from './schema/industry-codes-file.ts';

export interface Article extends ArticleFile {
  /** Where the entries came from, for error messages. */
  path: string;
  /** The article itself, which every evidence sentence must be part of. */
  text: string;
}

/** Every seed file, read and parsed: what read-seed.ts checks and write-seed.ts writes. */
export interface SeedSet {
  regions: RegionSeedRow[];
  chains: (ChainFile & { path: string })[];
  articles: Article[];
  indicators: IndicatorsFile['indicators'];
  /** seed/industry-codes.yaml: GB/T 4754-2017 codes and the segments each names. */
  industryCodes: IndustryCodesFile['codes'];
  industryCodesPath: string;
}
