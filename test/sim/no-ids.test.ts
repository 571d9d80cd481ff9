import { describe, expect, it } from 'vitest';
import { selectSessionView } from '../../src/view/session-view.js';
import { renderMinutes } from '../../src/sim/minutes.js';
import { prepareScenario, runSession } from '../../src/sim/run-session.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { loadScenarioFile } from '../machine/support/scenarios.js';

// Issue 14.2: no person-facing output names a candidate, an amendment or an additional item by its
// id, nor prints a rule-set value; checked on the scenarios with eliminations, amendments,
// additional items, an excluded nominee, a venue and a budget.
const SCENARIOS = ['contested-presidency', 'constitution-amendment-fails', 'arrears-crisis', 'training-incidents', 'dubai-2018'];
const RULE_SET_VALUES = ['two-thirds-present-voting', 'two-thirds-all-members', 'majority-all-members', '(simple)', '(plurality)', 'no-majority', 'drop-lowest', 'top-two', 'not-represented', 'credentials-refused', 'admitted-later'];

/** Ids a person should never read: candidates', amendments' and additional items'. */
function idsOf(scenario: Scenario): string[] {
  const ids: string[] = [];
  for (const item of scenario.session.days.flatMap((d) => d.items)) {
    if (item.kind === 'election') ids.push(...item.candidates.map((c) => c.id));
    if ('amendments' in item) ids.push(...item.amendments.map((a) => a.id));
    if (item.kind === 'agenda-adoption') for (const extra of item.additionalItems) ids.push(extra.id, ...extra.amendments.map((a) => a.id));
  }
  return ids;
}

function leaks(text: string, ids: readonly string[]): string[] {
  const found = ids.filter((id) => new RegExp(`(?<![\\p{L}\\d-])${id}(?![\\p{L}\\d-])`, 'u').test(text));
  return [...found, ...RULE_SET_VALUES.filter((v) => text.includes(v))];
}

describe.each(SCENARIOS)('%s: names, never ids', (name) => {
  const { scenario } = loadScenarioFile(`scenarios/${name}.yaml`);
  const run = runSession(prepareScenario(scenario), scenario.seed);
  const ids = idsOf(scenario);

  it('has ids to look for', () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  it('in the minutes', () => {
    const minutes = renderMinutes(run.snapshot.context).split('## Annex: recorded votes')[0]!;
    expect(leaks(minutes, ids)).toEqual([]);
  });

  it('in the TUI log and ballot panel', () => {
    const view = selectSessionView(run.snapshot);
    expect(leaks(view.log.map((l) => l.text).join('\n'), ids)).toEqual([]);
    expect(leaks(JSON.stringify(view.ballot ?? null), ids)).toEqual([]);
  });
});
