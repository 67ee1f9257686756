/**
 * At most `size` holders at once; the others wait their turn, first come first served. A wait is
 * bounded: past `waitMs` the waiter gives up with the error `timedOut` makes.
 */
export class Slots {
  readonly size: number;
  #free: number;
  readonly #waiting: (() => void)[] = [];

  constructor(size: number) {
    this.size = size;
    this.#free = size;
  }

  /** How many are held now. */
  get inUse(): number {
    return this.size - this.#free;
  }

  /** Nobody holds a slot nor waits for one. */
  get idle(): boolean {
    return this.#free === this.size && this.#waiting.length === 0;
  }

  /** Resolves with the function that gives the slot back, once one is free. */
  acquire(waitMs: number, timedOut: () => Error): Promise<() => void> {
    if (this.#free > 0) {
      this.#free--;
      return Promise.resolve(this.#release());
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer);
        resolve(this.#release());
      };
      const timer = setTimeout(() => {
        this.#waiting.splice(this.#waiting.indexOf(grant), 1);
        reject(timedOut());
      }, Math.max(0, waitMs));
      this.#waiting.push(grant);
    });
  }

  /** Gives the slot to the next waiter, if any; only the first call counts. */
  #release(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiting.shift();
      if (next) next();
      else this.#free++;
    };
  }
}
