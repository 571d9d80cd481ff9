import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import { main } from '../../src/cli/main.js';
import { sessionDiagram } from '../../src/machine/diagram.js';
import { EVENT_TYPES } from '../../src/machine/event-types.js';
import { sessionMachine } from '../../src/machine/session-machine.js';
import { captureIo } from '../test-utils/io.js';

function stateKeys(node: AnyStateNode): string[] {
  return (Object.values(node.states) as AnyStateNode[]).flatMap((n) => [n.key, ...stateKeys(n)]);
}

describe('sessionDiagram', () => {
  const diagram = sessionDiagram();

  it('names every state of the machine', () => {
    const missing = stateKeys(sessionMachine.root).filter((k) => !new RegExp(`\\b${k}\\b`).test(diagram));
    expect(missing).toEqual([]);
  });

  it('labels a transition with every event type', () => {
    expect(EVENT_TYPES.filter((t) => !diagram.includes(`: ${t}`))).toEqual([]);
  });

  it('starts with the composite states and the history state', () => {
    expect(diagram.split('\n').slice(0, 18).join('\n')).toMatchInlineSnapshot(`
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
              state "history (H)" as resume
            }
            pointOfOrder"
    `);
  });

  it('labels guarded transitions as event [guard]', () => {
    expect(diagram).toContain('  floor --> item: chair.openItem [isAcceptable]\n');
    expect(diagram).toContain('  counted --> suspended: always [isSuspensionAdopted]\n');
    expect(diagram).toContain('  ruled --> resume: chair.resumeSitting\n');
  });

  it('is printed by gasim diagram', async () => {
    const io = captureIo();
    expect(await main(['diagram'], io)).toBe(0);
    expect(io.out()).toBe(diagram);
  });
});
