import { describe, expect, it } from 'vitest';
import { phaseOf } from '../../src/machine/autopilot.js';
import { selectMemberRights } from '../../src/view/member-search.js';
import { createSessionSetup } from '../../src/scenario/session-setup.js';
import { createStepper, stepUntil } from '../../src/sim/stepper.js';
import { compileBehaviour } from '../../src/sim/behaviour/index.js';
import { createVoter } from '../../src/sim/voter.js';
import { loadScenarioFile } from '../machine/support/scenarios.js';

// The TUI's member search in a past year's Organization (members.membership, R1.4): a registry
// member that had not joined is neither entitled nor excluded, and says so.
describe('member search in beijing-2017', () => {
  it('calls Palau (joined 2023) not a member, and Palestine, admitted at the previous item, entitled from this one (Q24)', () => {
    const { scenario } = loadScenarioFile('scenarios/beijing-2017.yaml');
    const setup = createSessionSetup(scenario);
    const index = setup.items.findIndex((i) => i.id === 'membership-slb');
    const at = stepUntil(createStepper(setup, scenario.seed), createVoter(compileBehaviour(scenario), scenario.seed), (s) => s.context.ballot?.item === index && phaseOf(s) === 'voting');
    const status = (code: string) => selectMemberRights(at.snapshot.context, code).find((m) => m.code === code)!.status;
    expect(status('PLW')).toMatch(/^not a member of the Organization \(R1\.4\)/);
    expect(status('PSE')).toMatch(/^entitled to vote/);
    expect(status('FRA')).toMatch(/^entitled to vote/);
  });
});
