import type DataLoader from 'dataloader';
import { cypher } from '../../../db/cypher-files.ts';
import type { Database } from '../../../db/database.ts';
import { loaderByKey } from '../../loaders/loader-by-key.ts';
import type { ParkRecord } from '../park/park-store.ts';
import type { ProvenanceRecord } from '../source/provenance.ts';
import type { RegionRecord } from '../region/region-store.ts';

const findFirmsById = cypher('firm/find-firms-by-id');

export interface FirmRelationRecord extends ProvenanceRecord {
  type: 'SUPPLIES' | 'ACQUIRES' | 'RESTRUCTURES';
  /** True when this firm is the one that supplies, acquires or restructures. */
  outgoing: boolean;
  otherId: string;
  note: string | null;
}

export interface FirmRecord extends ProvenanceRecord {
  key: string;
  name: string;
  aliases: string[] | null;
  note: string | null;
  parkId: string | null;
  regionCode: string | null;
  /** The region the firm or its park lies in: the first of its denormalised regionPath. */
  inRegionCode: string | null;
  projectIds: string[];
  relations: FirmRelationRecord[];
  /** The registry fields a roster import writes (cypher/README.md): null where none gave them. */
  creditCode: string | null;
  creditCodeWarning: string | null;
  registryStatus: 'active' | 'moved_out' | 'liquidating' | 'suspended' | 'deregistered' | null;
  /** YYYY-MM-DD. */
  foundedOn: string | null;
  /** Whole units of registeredCapitalCurrency. */
  registeredCapital: number | null;
  registeredCapitalCurrency: string | null;
  industryCode: string | null;
  industryCodeEdition: string | null;
  industryName: string | null;
  businessScope: string | null;
  legalRepresentative: string | null;
  address: string | null;
  firmType: string | null;
  tags: string[] | null;
}

/** Firms, priming `regions` and `parks` with each firm's region and park, which the same statement returns. */
export const firmLoader = (
  db: Database,
  { regions, parks }: { regions: DataLoader<string, RegionRecord | null>; parks: DataLoader<string, ParkRecord | null> },
) =>
  loaderByKey<FirmRecord>(db, findFirmsById, {
    column: 'firm',
    onRow: (row) => {
      const { region, park } = row as { region: RegionRecord | null; park: ParkRecord | null };
      if (region) regions.prime(region.code, region);
      if (park) parks.prime(park.key, park);
    },
  });
