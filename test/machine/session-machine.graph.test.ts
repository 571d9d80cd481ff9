import { describe, expect, it } from 'vitest';
import { getAdjacencyMap, getShortestPaths, type AdjacencyMap } from 'xstate/graph';
import type { SessionEvent } from '../../src/machine/events.js';
import type { SessionSnapshot } from '../../src/machine/autopilot.js';
import { createEngine, createTransition } from '../../src/machine/session-driver.js';
import { sessionMachine } from '../../src/machine/session-machine.js';
import { createSessionSetup } from '../../src/scenario/session-setup.js';
import { proposedEvents, summariseSnapshot } from './support/graph-events.js';
import { expectInvariants } from './support/invariants.js';
import { loadScenarioFile } from './support/scenarios.js';
import { allStateNodes, definedTransitions, takenBy } from './support/transition-coverage.js';

/**
 * Refusals that no sequence of events can provoke, because the state itself guarantees the
 * condition holds. The conditions stay on the transitions as defence (every guarded transition
 * names its checks) and are listed here so that any other gap fails the test.
 */
const UNREACHABLE_REJECTIONS = {
  // `ruled` is entered only by chair.ruleOnPointOfOrder, which sets the ruling an appeal needs
  'ruled delegation.appeal reject': 'the ruling is always set in ruled',
  // an appeal is decided by an electronic recorded vote, which the tellers never have to count
  'appealVoting chair.closeBallot reject': 'an appeal ballot is never counted by the tellers',
};

/**
 * Dead configuration here: the headless whole-item step, which the base machine refuses. (An appeal is decided by a recorded vote, R2.9; its result may still be
 * reported as totals, so `tellers.reportCount` is live in `appealVoting` too.)
 */
const DEAD_TRANSITIONS: Record<string, string> = {
  // live only in a headless engine (`createEngine(setup, voters)`, whose guard lets it through);
  // test/machine/take-item.test.ts holds its runs to the item-by-item events of every scenario
  'floor chair.takeItem accept': 'taken only by a headless engine, with the voters',
};

type Edge = { readonly event: SessionEvent; readonly state: SessionSnapshot };
const edgesOf = (edges: object) => Object.values(edges) as Edge[];

describe('session machine graph (small-session fixture)', () => {
  const setup = createSessionSetup(loadScenarioFile('test/fixtures/scenarios/small-session.yaml').scenario);
  const options = { input: { setup, seed: 99 }, events: (s: SessionSnapshot) => proposedEvents(s) };
  // the adjacency map holds every edge explored, with the exact snapshot it starts from
  const adjacency: AdjacencyMap<SessionSnapshot, SessionEvent> = getAdjacencyMap(sessionMachine, { ...options, serializeState: (s: SessionSnapshot) => summariseSnapshot(s) });
  const states = new Set<string>(takenBy(createTransition(createEngine(setup), 99).initial, { type: 'chair.openSession' }, createTransition(createEngine(setup), 99).initial).states);
  const transitions = new Set<string>();
  for (const { state, transitions: edges } of Object.values(adjacency)) {
    for (const { event, state: next } of edgesOf(edges)) {
      const taken = takenBy(state, event, next);
      taken.transitions.forEach((t) => transitions.add(t));
      taken.states.forEach((t) => states.add(t));
    }
  }
  const paths = getShortestPaths(sessionMachine, { ...options, serializeState: (s: SessionSnapshot) => summariseSnapshot(s) });

  it('holds the invariants on every edge explored', () => {
    for (const { state, transitions: edges } of Object.values(adjacency)) {
      expectInvariants(state);
      for (const { state: next } of edgesOf(edges)) expectInvariants(next);
    }
  });

  it('holds the invariants along every shortest path, replayed from the start', () => {
    for (const path of paths) {
      const transition = createTransition(createEngine(setup), 99);
      let snapshot = transition.initial;
      for (const { event } of path.steps) {
        snapshot = transition.next(snapshot, event);
        expectInvariants(snapshot);
      }
      expect(summariseSnapshot(snapshot)).toBe(summariseSnapshot(path.state));
    }
    expect(paths.length).toBe(Object.keys(adjacency).length);
  });

  it('reaches every state and takes every transition (prints the coverage)', () => {
    const allStates = allStateNodes().map((n) => n.key);
    const defined = definedTransitions();
    const accepting = [...defined].filter((t) => !t.endsWith(' reject'));
    const rejecting = [...defined].filter((t) => t.endsWith(' reject'));
    const covered = (list: string[]) => list.filter((t) => transitions.has(t));
    console.log(
      [
        `graph: ${paths.length} shortest paths over the small session`,
        `states reached: ${allStates.filter((s) => states.has(s)).length}/${allStates.length}`,
        `transitions taken: ${covered(accepting).length}/${accepting.length} (event and eventless; ${Object.keys(DEAD_TRANSITIONS).length} dead by construction)`,
        `rejection branches taken: ${covered(rejecting).length}/${rejecting.length} (${Object.keys(UNREACHABLE_REJECTIONS).length} unreachable by construction)`,
      ].join('\n'),
    );
    expect(allStates.filter((s) => !states.has(s))).toEqual([]);
    expect(accepting.filter((t) => !transitions.has(t))).toEqual(Object.keys(DEAD_TRANSITIONS));
    expect(rejecting.filter((t) => !transitions.has(t))).toEqual(Object.keys(UNREACHABLE_REJECTIONS));
    expect([...transitions].filter((t) => !defined.has(t))).toEqual([]);
  });
});
