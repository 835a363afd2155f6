import { describe, expect, it } from 'vitest';
import { limiter } from '../../src/concurrency.js';

describe('limiter', () => {
  it('runs at most its limit at once, the others in the order they came, and answers each its own result', async () => {
    const gate = limiter(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const finishers: (() => void)[] = [];
    const results = [0, 1, 2, 3, 4].map((n) =>
      gate(async () => {
        started.push(n);
        running += 1;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => finishers.push(resolve));
        running -= 1;
        return n * 10;
      }),
    );
    // Work handed in later waits behind what is running.
    const later = gate(async () => 'later');
    for (let step = 0; step < 6; step++) {
      await new Promise((resolve) => setImmediate(resolve));
      finishers.shift()?.();
    }
    expect(await Promise.all(results)).toEqual([0, 10, 20, 30, 40]);
    expect(await later).toBe('later');
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });

  it('frees its place when the work fails', async () => {
    const gate = limiter(1);
    await expect(gate(async () => Promise.reject(new Error('failed')))).rejects.toThrow('failed');
    expect(await gate(async () => 'next')).toBe('next');
  });
});
