import { apiStatus } from './api-status.svelte';

/**
 * The state of one request a view shows: loading, its data, or its error. `run` starts it
 * again (a newer run wins over an older one still in flight) and reports outages to the shell.
 */
export class Load<T> {
  data = $state<T | undefined>(undefined);
  error = $state<Error | undefined>(undefined);
  loading = $state(false);
  #run = 0;

  async run(fetcher: () => Promise<T>): Promise<void> {
    const run = ++this.#run;
    this.loading = true;
    this.error = undefined;
    try {
      const data = await fetcher();
      if (run !== this.#run) return;
      this.data = data;
      apiStatus.ok();
    } catch (error) {
      if (run !== this.#run) return;
      this.error = error as Error;
      apiStatus.report(error);
    } finally {
      if (run === this.#run) this.loading = false;
    }
  }
}
