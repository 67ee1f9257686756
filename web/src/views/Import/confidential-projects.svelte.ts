import type { ConfidentialProjectsQuery } from '../../generated/graphql';
import { request } from '../../lib/api/client';
import { Load } from '../../lib/state/load.svelte';
import { ConfidentialProjects } from './operations';

export type ConfidentialProjectList = ConfidentialProjectsQuery['confidentialProjects'];

/** The projects the imported ledgers say are still being negotiated: only editors may see them. */
export class ConfidentialProjectsState {
  load = new Load<ConfidentialProjectList>();

  refresh() {
    void this.load.run(async () => (await request(ConfidentialProjects, {})).confidentialProjects);
  }
}
