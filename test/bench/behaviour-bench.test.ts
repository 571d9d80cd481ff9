import { describe, expect, it } from 'vitest';
import { benchBehaviour } from '../../bench/behaviour-bench.js';

describe('benchBehaviour', () => {
  it.each(['election', 'question'] as const)('measures %s draws over the 196 members', (kind) => {
    const result = benchBehaviour({ kind, durationMs: 20 });
    expect(result).toMatchObject({ kind, electorate: 196 });
    expect(result.draws).toBeGreaterThan(0);
    expect(Math.abs(result.votesPerSecond - result.drawsPerSecond * 196)).toBeLessThan(196);
  });
});
