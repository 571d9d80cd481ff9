import { describe, expect, it } from 'vitest';
import { createProgressWriter, formatDuration, formatProgress } from '../../../src/sim/sweep/progress.js';

describe('formatProgress', () => {
  it.each([
    { name: 'half way', state: { done: 5_200, total: 10_000, elapsedMs: 4_214, width: 60 }, expected: '█████████▉░░░░░░░░░ 52% 5,200/10,000 · 1,234 runs/s · ETA 4s' },
    { name: 'not started', state: { done: 0, total: 10, elapsedMs: 0, width: 40 }, expected: '░░░░░░░░░░░░░ 0% 0/10 · 0 runs/s · ETA –' },
    { name: 'done', state: { done: 10, total: 10, elapsedMs: 1_000, width: 40 }, expected: '██████████ 100% 10/10 · 10 runs/s · ETA 0s' },
  ])('$name', ({ state, expected }) => {
    expect(formatProgress(state)).toBe(expected);
  });

  it('fits the line in the width it is given', () => {
    expect([...formatProgress({ done: 5_200, total: 10_000, elapsedMs: 4_214, width: 70 })].length).toBe(70);
  });

  it.each([
    [4.2, '5s'],
    [65, '1m 05s'],
    [7_380, '2h 03m'],
  ])('formatDuration(%s) is %s', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });
});

describe('createProgressWriter', () => {
  function stream(isTTY: boolean) {
    const writes: string[] = [];
    return { writes, isTTY, columns: 50, write: (text: string) => writes.push(text) };
  }

  it('prints nothing when the stream is not a terminal', () => {
    const out = stream(false);
    const writer = createProgressWriter(out, () => 0);
    writer.update(5, 10);
    writer.finish();
    expect(out.writes).toEqual([]);
  });

  it('redraws in place on a terminal, throttled, and ends the line', () => {
    const out = stream(true);
    let t = 0;
    const writer = createProgressWriter(out, () => t, 100);
    writer.update(1, 10);
    t = 50;
    writer.update(2, 10); // throttled
    t = 200;
    writer.update(10, 10);
    writer.finish();
    expect(out.writes.length).toBe(3);
    expect(out.writes.slice(0, 2).every((line) => line.startsWith('\r'))).toBe(true);
    expect(out.writes[2]).toBe('\n');
  });
});
