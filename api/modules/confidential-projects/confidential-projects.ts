import { cypher } from '../../../db/cypher-files.ts';
import type { Database } from '../../../db/database.ts';
import type { ProvenanceRecord } from '../source/provenance.ts';

const confidentialProjects = cypher('confidential-projects/confidential-projects');

export interface ConfidentialProjectRecord extends ProvenanceRecord {
  key: string;
  name: string;
  investor: string | null;
  investmentCny: number | null;
  chainName: string | null;
  segmentName: string | null;
  liaison: string | null;
  note: string | null;
  firmId: string | null;
  parkId: string | null;
  regionCode: string | null;
  addIds: string[];
}

export interface ConfidentialProjectList {
  total: number;
  projects: ConfidentialProjectRecord[];
}

export async function listConfidentialProjects(db: Database, first: number): Promise<ConfidentialProjectList> {
  const [row] = await db.read<ConfidentialProjectList>(confidentialProjects, { first });
  return row ?? { total: 0, projects: [] };
}
