import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import { main } from '../../src/cli/main.js';
import { sessionDiagram } from '../../src/view/diagram.js';
import { EVENT_TYPES } from '../../src/machine/events.js';
import { sessionMachine } from '../../src/machine/session-machine.js';
import { captureIo } from '../test-utils/io.js';

/** The keys of the states drawn: all but history states (Mermaid has none; a note stands for them). */
function stateKeys(node: AnyStateNode): string[] {
  return (Object.values(node.states) as AnyStateNode[]).flatMap((n) => [...(n.type === 'history' ? [] : [n.key]), ...stateKeys(n)]);
}

describe('sessionDiagram', () => {
  const diagram = sessionDiagram();

  it('names every state of the machine', () => {
    const missing = stateKeys(sessionMachine.root).filter((k) => !new RegExp(`\\b${k}\\b`).test(diagram));
    expect(missing).toEqual([]);
  });

  it('labels a transition with every event type', () => {
    expect(EVENT_TYPES.filter((t) => !diagram.includes(`: ${t}`) && !diagram.includes(`<br/>${t}`))).toEqual([]);
  });

  it('starts with the composite states; the history state is a note, not a state', () => {
    expect(diagram.split('\n').slice(0, 16).join('\n')).toMatchInlineSnapshot(`
      "stateDiagram-v2
        [*] --> preSession
        preSession
        state sitting {
          [*] --> floor
          floor
          state item {
            [*] --> proceedings
            state proceedings {
              [*] --> debate
              debate
              voting
              counted
              announced
              suspended
              debate --> voting: chair.putToVote [hasNoMotionPending and hasVoteToPut and isElectionSecret and isScenarioSecrecyKept and hasQuorumToDecide]<br/>chair.putMotion [hasMotionPending and hasQuorumToDecide]"
    `);
    expect(diagram).not.toMatch(/\bresume\b/);
    expect(diagram).toContain('  note right of proceedings: → H returns to the substate of proceedings last active (history)\n');
  });

  it('labels guarded transitions as event [guard], combined guards in words', () => {
    expect(diagram).toContain('    floor --> item: chair.openItem [hasItemPending and isNextItem]\n');
    expect(diagram).toContain('        counted --> suspended: always [isSuspensionAdopted]\n');
    expect(diagram).toContain('      ruled --> appealVoting: delegation.appeal [hasRuling and hasQuorumToDecide]\n');
    expect(diagram).not.toContain('undefined');
  });

  it('draws a transition between substates of different composite states between their ancestors, naming the substates', () => {
    expect(diagram).toContain('  sitting --> closed: chair.closeSession [isLastDay and isAgendaDone] (from floor)\n');
    expect(diagram).toContain('      ruled --> proceedings: delegation.appeal [hasRuling and not hasQuorumToDecide] → H<br/>chair.resumeSitting → H\n');
  });

  it('is printed by gasim diagram', async () => {
    const io = captureIo();
    expect(await main(['diagram'], io)).toBe(0);
    expect(io.out()).toBe(diagram);
  });

  it('refuses an unknown --format, and --format svg without Chromium, with exit 2 and a fix', async () => {
    const png = captureIo();
    expect(await main(['diagram', '--format', 'png'], png)).toBe(2);
    expect(png.err()).toBe("gasim: unknown --format 'png'\n  fix: use --format mermaid (the default) or --format svg\n");
    const svg = captureIo({ env: { GASIM_CHROMIUM: '/nonexistent/chromium' } });
    expect(await main(['diagram', '--format', 'svg'], svg)).toBe(2);
    expect(svg.err()).toMatch(/^gasim: --format svg renders in Chromium, and there is none at \/nonexistent\/chromium\n {2}fix: install it \(apt-get install chromium\) or set GASIM_CHROMIUM/);
    expect(svg.out()).toBe('');
  });
});
