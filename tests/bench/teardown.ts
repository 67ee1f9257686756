/**
 * What a run has started and must stop, last started first. The run stops it in a finally; a
 * signal handler stops every live run, because Ctrl-C reaches only our own process group and the
 * servers run in groups of their own.
 */
export class Teardown {
  static readonly #live = new Set<Teardown>();
  readonly #steps: { label: string; stop: () => Promise<void> }[] = [];
  constructor() {
    Teardown.#live.add(this);
  }

  add(label: string, stop: () => Promise<void>): void {
    this.#steps.push({ label, stop });
  }

  /** Stops everything added, each once; a failure to stop one is reported and the rest still stop. */
  async run(): Promise<void> {
    Teardown.#live.delete(this);
    for (let step = this.#steps.pop(); step; step = this.#steps.pop()) {
      try {
        await step.stop();
      } catch (error) {
        // Not through the run's log, which an interrupted run silences: a server left running must be seen.
        console.error(`[bench] Could not stop ${step.label}: ${(error as Error).message}`);
      }
    }
  }

  static async runAll(): Promise<void> {
    await Promise.all([...Teardown.#live].map((teardown) => teardown.run()));
  }
}
