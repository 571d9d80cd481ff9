import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gasim, gasimJson, scenarioFile } from './support.js';

// Issue 13, item 1 (R2.10, Q1): `rules.quorum.enabled: true` changed nothing; the quorum now runs
// through the session: checked to open each sitting and before each decision, from who attends.
const fixture = 'test/fixtures/fidelity/quorum-low-attendance.yaml';
const text = readFileSync(fixture, 'utf8');
const variant = (name: string, from: string, to: string) => scenarioFile(`${name}.yaml`, text.replace(from, to));

describe('a quorum through the session (Q1)', () => {
  it('takes no decision without a quorum and carries the item over to the next sitting', async () => {
    const result = await gasimJson('run', fixture, '--json');
    const budget = result.decisions.find((d: { item: string }) => d.item === 'budget');
    expect(budget.day).toBe(2);
    const checks = result.quorum.filter((q: { item: string | null }) => q.item === 'budget');
    expect(checks).toEqual([
      { stage: 'decide', day: 1, item: 'budget', present: 86, withVotingRights: 196, needed: 99, met: false, text: '86 present of 196 with voting rights; 99 needed to take a decision: no quorum' },
      { stage: 'decide', day: 2, item: 'budget', present: 196, withVotingRights: 196, needed: 99, met: true, text: '196 present of 196 with voting rights; 99 needed to take a decision: quorum met' },
    ]);
    expect(result.quorum.filter((q: { stage: string }) => q.stage === 'open').map((q: { met: boolean; needed: number }) => [q.met, q.needed])).toEqual([[true, 66], [true, 66]]);
  });

  it('shows the check and its arithmetic in the minutes', async () => {
    const { out } = await gasim('run', fixture);
    expect(out).toContain('Quorum to decide: 86 present of 196 with voting rights; 99 needed to take a decision: no quorum (Q1).\n\nNo decision without a quorum: carried over to the next sitting (Q1).');
    expect(out).toContain('### 2. Draft budget (carried over from day 1)');
  });

  it('takes the decision on day 1 when the quorum is off (the INTERPOL default, R2.10)', async () => {
    const result = await gasimJson('run', variant('quorum-off', 'quorum: { enabled: true }', 'quorum: { enabled: false }'), '--json');
    expect(result.decisions.find((d: { item: string }) => d.item === 'budget').day).toBe(1);
    expect(result.quorum).toEqual([]);
    // absent delegations still do not vote (R2.3)
    expect(result.decisions.find((d: { item: string }) => d.item === 'budget').electorate.entitled).toHaveLength(86);
  });

  it('defers the item at once under withoutQuorum: defer', async () => {
    const result = await gasimJson('run', variant('quorum-defer', 'quorum: { enabled: true }', 'quorum: { enabled: true, withoutQuorum: defer }'), '--json');
    expect(result.decisions.map((d: { item: string }) => d.item)).toEqual(['programme']);
    expect(result.items.find((i: { id: string }) => i.id === 'budget').status).toBe('deferred');
  });

  it('does not open a sitting without a quorum to open, and takes its items up the next day', async () => {
    const result = await gasimJson('run', variant('quorum-closed', 'quorum: { enabled: true }', 'quorum: { enabled: true, toOpen: { numerator: 1, denominator: 2 } }'), '--json');
    expect(result.quorum[0]).toMatchObject({ stage: 'open', day: 1, met: false, needed: 98 });
    expect(result.decisions.map((d: { item: string; day: number }) => [d.item, d.day])).toEqual([['budget', 2], ['programme', 2]]);
    const { out } = await gasim('run', variant('quorum-closed', 'quorum: { enabled: true }', 'quorum: { enabled: true, toOpen: { numerator: 1, denominator: 2 } }'));
    expect(out).toContain('Quorum to open the sitting: 86 present of 196 with voting rights; 98 needed to open the sitting: no quorum (Q1). The sitting does not open');
  });
});
