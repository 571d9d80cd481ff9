import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Driver, REJECTIONS, UNREACHABLE } from './rejections.js';

// Issue 13, item 8: the machine's rejection codes as a table (situation, event, expected code,
// rule). An event the rules forbid is refused with its code and the session is left as it was.

/** Every rejection code declared in the machine (and the motion and vote codes of the rules core it passes on). */
function declaredCodes(): string[] {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : []));
  const codes = new Set<string>();
  // journal/* codes are the journal file's format errors (test/hardening/journal-input.test.ts), not refused events
  for (const file of [...files('src/machine').filter((f) => !/\/journal[^/]*\.ts$/.test(f)), 'src/rules/motions.ts', 'src/rules/recorded-votes.ts']) {
    for (const m of readFileSync(file, 'utf8').matchAll(/['"`]([a-z]+\/[a-z]+(?:-[a-z]+)*)['"`]/g)) codes.add(m[1]!);
  }
  return [...codes].sort();
}

describe('the rejection table: every event the rules forbid is refused with its code', () => {
  for (const row of REJECTIONS) {
    it(`${row.code} (${row.rule}): ${row.situation}`, () => {
      const d = new Driver(row.scenario);
      row.reach(d);
      const event = typeof row.event === 'function' ? row.event(d) : row.event;
      const before = d.session.snapshot;
      const outcome = d.session.send(event);
      expect(outcome.accepted).toBe(false);
      expect(outcome.rejection?.code).toBe(row.code);
      // the refused event changes nothing the session goes on from
      expect(d.session.events).toHaveLength(before.context.seq);
      expect(d.session.snapshot.value).toEqual(before.value);
    });
  }

  it('has a row for every code the machine declares, or says why the code cannot occur', () => {
    const declared = declaredCodes();
    expect(declared.length).toBeGreaterThan(30);
    const covered = new Set([...REJECTIONS.map((r) => r.code), ...Object.keys(UNREACHABLE)]);
    expect(declared.filter((c) => !covered.has(c))).toEqual([]);
    expect([...covered].filter((c) => !declared.includes(c))).toEqual([]);
    expect(REJECTIONS.filter((r) => r.code in UNREACHABLE)).toEqual([]);
  });
});
