import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError } from '../../db/database-errors.ts';
import { HealthMonitor } from '../../db/health-monitor.ts';

const timings = { stallMs: 30, probeTimeoutMs: 60, retryMs: 1_000 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const never = () => new Promise<void>(() => undefined);

function monitor(probe: () => Promise<void>) {
  const log: string[] = [];
  return { health: new HealthMonitor(probe, (line) => log.push(line), timings), log };
}

describe('the health monitor', () => {
  it('takes a stalled database, whose probe and statements all go unanswered, for down: the stalled read fails typed', async () => {
    const { health, log } = monitor(never);
    const started = performance.now();
    await expect(health.guard(never)).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(performance.now() - started).toBeLessThan(timings.stallMs + timings.probeTimeoutMs + 100);
    expect(health.down).toBe(true);
    await expect(health.guard(async () => 'rows')).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatch(/no other statement answered/);
    health.close();
  });

  it('takes a busy database, whose probe is late while other statements keep being answered, for up', async () => {
    const { health, log } = monitor(never);
    // Other requests' statements keep coming back while this read and the probe wait.
    const busy = setInterval(() => health.heard(), 10);
    try {
      const slow = health.guard(() => sleep(timings.stallMs + timings.probeTimeoutMs * 2).then(() => 'rows'));
      await expect(slow).resolves.toBe('rows');
      expect(health.down).toBe(false);
      expect(await health.answers()).toBe(true);
      expect(log).toEqual([]);
    } finally {
      clearInterval(busy);
      health.close();
    }
  });

  it('still takes a late probe for an outage when the only answers came before it was sent', async () => {
    const { health } = monitor(never);
    health.heard();
    await sleep(5);
    expect(await health.answers()).toBe(false);
    health.close();
  });

  it('comes back up, and says so once, when the probe answers again', async () => {
    let answering = false;
    const { health, log } = monitor(() => (answering ? Promise.resolve() : Promise.reject(new Error('connection refused'))));
    expect(await health.answers()).toBe(false);
    answering = true;
    expect(await health.answers()).toBe(true);
    expect(log).toHaveLength(2);
    expect(log[1]).toMatch(/answers again/);
    health.close();
  });
});
