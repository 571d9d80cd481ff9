import { describe, expect, it } from 'vitest';
import { createSessionController } from '../../src/cli/tui/session-controller.js';
import { createSessionSetup } from '../../src/scenario/session-setup.js';
import { createVoter } from '../../src/sim/voter.js';
import { App } from '../../src/ui/App.js';
import { loadScenarioFile } from '../machine/support/scenarios.js';
import { renderFrame, renderUi } from '../test-utils/render.js';
import { Screen } from '../../src/ui/components/Screen.js';
import { compileBehaviour } from '../../src/sim/behaviour/index.js';

const { scenario } = loadScenarioFile('scenarios/marrakech-2025.yaml');

function controller() {
  return createSessionController({
    setup: createSessionSetup(scenario),
    seed: scenario.seed,
    voter: createVoter(compileBehaviour(scenario), scenario.seed),
    save: async () => 'unused.jsonl',
  });
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the Marrakech 2025 session in the TUI', () => {
  it('is driven to the end through the keys and shows the Committee after the session', async () => {
    const ui = renderUi(<App controller={controller()} noColor />);
    await tick();
    for (let day = 0; day < 5 && !ui.frame().includes('session closed'); day++) {
      ui.stdin.write('d');
      await tick();
    }
    const frame = ui.frame();
    ui.unmount();
    expect(frame).toContain('session closed');
    expect(frame).toContain('President PHILIPPE (FRA) to 2029');
    // AMIN, sole candidate left for the second African seat, no longer shares the yes with FETOUI,
    // already elected to the first: the Committee of 2025 (KEN) as published
    expect(frame).toMatch(/Del AFR 2\/2 AMR 1\/2 ASI 2\/2 EUR 3\/3/);
    expect(frame).toContain('SESSION CLOSED · THE EXECUTIVE COMMITTEE');
    // the family name the scenario gives (familyName: WANG), not the last word of "Wang Yong"
    expect(frame).toContain('WANG (CHN) to 2028');
    expect(frame).not.toContain('YONG (CHN)');
  });

  it('shows the third presidential ballot with the reported result (R3.7 order)', () => {
    const c = controller();
    c.jump('elect-president');
    for (let i = 0; i < 9; i++) c.step();
    const frame = renderFrame(<Screen view={c.getView()} width={100} height={30} overlay={{ kind: 'none' }} showVotes={false} />);
    expect(frame).toMatch(/ballot 3 · secret · simple majority/);
    expect(frame.indexOf('Members entitled to vote')).toBeLessThan(frame.indexOf('Abstentions'));
    expect(frame.indexOf('Abstentions')).toBeLessThan(frame.indexOf('Invalid papers'));
    expect(frame.indexOf('Invalid papers')).toBeLessThan(frame.indexOf('Votes expressed'));
    expect(frame.indexOf('Votes expressed')).toBeLessThan(frame.indexOf('Majority required'));
    expect(frame).toMatch(/PHILIPPE \(FRA\)[^\n]*84\s+elected/);
    expect(frame).toContain('needed 83 · got 84 · margin +1');
  });

  it('steps back by replaying the journal to the previous step', () => {
    const c = controller();
    for (let i = 0; i < 8; i++) c.step();
    const before = c.getView();
    c.step();
    c.back();
    expect(c.getView()).toEqual(before);
  });
});
