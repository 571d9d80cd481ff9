import { describe, expect, it } from 'vitest';
import { phaseOf } from '../../src/machine/autopilot.js';
import { selectMemberRights } from '../../src/view/member-search.js';
import { createStepper, stepUntil } from '../../src/sim/stepper.js';
import { compileBehaviour } from '../../src/sim/behaviour/index.js';
import { createVoter } from '../../src/sim/voter.js';
import { createSessionSetup } from '../../src/scenario/session-setup.js';
import { loadScenarioFile } from '../machine/support/scenarios.js';
import { gasimJson } from './support.js';
import { recordsOf } from '../../src/record/record.js';

// Issue 13, item 6: each ballot records who was entitled and why every other member was not; the
// JSON result, the minutes and the TUI read it from the record (R2.1, R2.8, R5.6, R8.1).
describe('the electorate is part of the record', () => {
  it('lists every member excluded from a ballot, with the reason and the rule, in the JSON result', async () => {
    const result = await gasimJson('run', 'scenarios/arrears-crisis.yaml', '--json');
    const budget = result.decisions.find((d: { item: string }) => d.item === 'budget-2029');
    const reasons = Object.fromEntries(budget.electorate.excluded.map((x: { member: string; reason: string; rule: string }) => [x.member, `${x.reason} ${x.rule}`]));
    expect(reasons).toMatchObject({ AFG: 'not-represented R2.1', VEN: 'arrears R8.1', SDN: 'arrears R8.1' });
    expect(budget.electorate.entitled).toHaveLength(budget.announcement.entitled);
    expect(budget.electorate.entitled.length + budget.electorate.excluded.length).toBe(result.members.total);
    // R2.8: a suspended member votes on an amendment of the Constitution
    const constitution = result.decisions.find((d: { item: string }) => d.item === 'const-art-38');
    expect(constitution.electorate.entitled).toContain('VEN');
    expect(constitution.electorate.excluded.map((x: { member: string }) => x.member)).not.toContain('VEN');
  });

  it('records each election ballot\'s electorate and the paper the Elections Board listed', async () => {
    const result = await gasimJson('run', 'scenarios/arrears-crisis.yaml', '--json');
    const seat = result.elections.find((e: { item: string }) => e.item === 'delegate-africa');
    expect(seat.paper).not.toContain('osman');
    expect(seat.excluded).toEqual([{ candidate: 'osman', reason: expect.stringContaining('suspended'), rule: 'R4.3' }]);
    for (const round of seat.rounds) expect(round.electorate.entitled).toHaveLength(round.announcement.entitled);
  });

  it('names the members without a vote in the minutes', async () => {
    const { out } = await gasimJson.raw('run', 'scenarios/arrears-crisis.yaml');
    expect(out).toContain('Members without a vote (13): not represented at the session (3, R2.1): Afghanistan, Somalia, Yemen; voting rights suspended for arrears (10, R8.1):');
    expect(out).toContain('Members without a vote (13): not represented at the session, 3 (R2.1); voting rights suspended for arrears, 10 (R8.1); named under item 2.');
    expect(out).toContain('Not on the paper: OSMAN Ibrahim (Sudan)');
  });

  it('lets the TUI search say VEN may vote on a CONST amendment, as the machine does (R2.8)', () => {
    const { scenario } = loadScenarioFile('scenarios/arrears-crisis.yaml');
    const setup = createSessionSetup(scenario);
    const index = setup.items.findIndex((i) => i.kind === 'constitution-amendment');
    const voter = createVoter(compileBehaviour(scenario), scenario.seed);
    const at = stepUntil(createStepper(setup, scenario.seed), voter, (s) => s.context.ballot?.item === index && phaseOf(s) === 'voting');
    const right = (ctx: typeof at.snapshot.context, code: string) => selectMemberRights(ctx, code).find((m) => m.code === code)!;
    const ven = right(at.snapshot.context, 'VEN');
    expect(ven!.status).toMatch(/^entitled to vote \(open ballot on item \d+, Amendment/);
    expect(right(at.snapshot.context, 'SDN').status).toMatch(/^entitled to vote/);
    const before = stepUntil(createStepper(setup, scenario.seed), voter, (s) => recordsOf(s.context).length === 1);
    expect(right(before.snapshot.context, 'VEN').status).toMatch(/^may not vote: voting rights suspended for arrears \(R8\.1\)/);
  });
});
