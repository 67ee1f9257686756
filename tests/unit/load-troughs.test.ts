import { describe, expect, it } from 'vitest';
import { troughs } from '../load/run-phase.ts';

const sample = (atSeconds: number, rssMb: number, heapUsedMb = rssMb / 2) => ({ atSeconds, rssMb, heapUsedMb });

describe('the load report’s memory troughs', () => {
  it('takes the lowest sample of each window, so a sawtooth that keeps coming back down shows no growth', () => {
    // 60 s in six windows of 10 s: RSS climbs to 600 MB within each and falls back to 400 MB.
    const timeline = [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60].map((at, i) => sample(at, i % 2 === 0 ? 400 : 600));
    const figures = troughs(timeline, 60);
    expect(figures.windowSeconds).toBe(10);
    expect(figures.rssMb).toEqual([400, 400, 400, 400, 400, 400]);
    expect(figures.rssGrowthPercent).toBe(0);
  });

  it('reports a leak as growth of the last window’s trough over the first’s', () => {
    const timeline = [0, 10, 20, 30, 40, 50, 60].map((at) => sample(at, 400 + at * 2));
    const figures = troughs(timeline, 60);
    // The last sample (60 s) falls in the last window, with the 50 s one.
    expect(figures.rssMb).toEqual([400, 420, 440, 460, 480, 500]);
    expect(figures.rssGrowthPercent).toBe(25);
    expect(figures.heapGrowthPercent).toBe(25);
  });

  it('keeps windows no shorter than the sampling interval on a short phase', () => {
    const figures = troughs([sample(0, 100), sample(5, 110), sample(10, 120)], 10);
    expect(figures.windowSeconds).toBe(5);
    expect(figures.rssMb).toEqual([100, 110, 120]);
  });
});
