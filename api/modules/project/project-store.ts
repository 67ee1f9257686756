import { cypher } from '../../../db/cypher-files.ts';
import type { Database } from '../../../db/database.ts';
import { loaderByKey } from '../../loaders/loader-by-key.ts';
import type { ProvenanceRecord } from '../source/provenance.ts';

const findProjectsById = cypher('project/find-projects-by-id');

export interface ProjectRecord extends ProvenanceRecord {
  key: string;
  name: string;
  aliases: string[] | null;
  investmentCny: number | null;
  capacity: string | null;
  status: 'negotiating' | 'signed' | 'under_construction' | 'in_production' | 'completed' | null;
  signedOn: string | null;
  chainId: string | null;
  note: string | null;
  firmId: string | null;
  parkId: string | null;
  regionCode: string | null;
  addIds: string[];
}

export const projectLoader = (db: Database) => loaderByKey<ProjectRecord>(db, findProjectsById, { column: 'project' });
