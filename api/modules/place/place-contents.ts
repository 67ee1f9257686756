import type { FocusRecord } from '../chain/chain-store.ts';
import type { ObservationRecord } from '../observation/observation-record.ts';

/** What lies in a region or a park, as region/find-region-contents and park/find-park-contents read it. */
export interface PlaceContents {
  firmIds: string[];
  firmCount: number;
  projectIds: string[];
  projectCount: number;
}

/** What a region or a park itself says, as region/find-region-facts and park/find-park-facts read it. */
export interface PlaceFacts {
  focuses: FocusRecord[];
  observations: ObservationRecord[];
}
