/**
 * A seeded random source, so that `npm run synth -- --seed S` builds the same graph every time.
 * mulberry32: 32 bits of state, fast, and good enough for spreading synthetic firms (not for secrets).
 */
export class Random {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** exp(N(0, sigma)): a heavy right tail, as firm counts across counties have. */
  logNormal(sigma: number): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
  }
}

/** Draws indices in proportion to fixed weights, by binary search over the running totals. */
export class WeightedPicker {
  readonly #totals: Float64Array;

  constructor(weights: readonly number[]) {
    this.#totals = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((weight, i) => {
      sum += weight;
      this.#totals[i] = sum;
    });
  }

  pick(random: Random): number {
    const target = random.next() * this.#totals[this.#totals.length - 1]!;
    let low = 0;
    let high = this.#totals.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.#totals[mid]! > target) high = mid;
      else low = mid + 1;
    }
    return low;
  }
}

/** Splits `total` in proportion to `weights`, largest remainders first, so the parts add up exactly. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left-- <= 0) break;
    parts[i]! += 1;
  }
  return parts;
}
