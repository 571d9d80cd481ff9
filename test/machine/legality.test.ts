import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import type { SessionEvent } from '../../src/machine/events.js';
import { CHECKS, type CheckName } from '../../src/machine/legality.js';
import { createEngine } from '../../src/machine/session-driver.js';
import { createSession } from '../../src/sim/session.js';
import { sessionMachine } from '../../src/machine/session-machine.js';
import { createSessionSetup } from '../../src/scenario/session-setup.js';
import { Driver, REJECTIONS } from '../conformance/rejections.js';
import { propertyRuns } from '../test-utils/property-runs.js';
import { proposedEvents } from './support/graph-events.js';
import { loadScenarioFile } from './support/scenarios.js';
import { allStateNodes } from './support/transition-coverage.js';

// Issue 15, item 3: legality lives in the chart. `snapshot.can(event)` says whether the procedure
// takes an event now; a refused event gets the code of its first unmet condition (CHECKS).

const RES_DATA = 6;
const CREDENTIALS = 2;

/** Events the procedure takes in the situation (can() true, then accepted), each with its rule. */
const ALLOWED: readonly { situation: string; rule: string; reach: (d: Driver) => Driver; event: SessionEvent }[] = [
  { situation: 'the session is open; the chair opens the next item', rule: 'R5.5', reach: (d) => d.advance((x) => x.nextEvent() === 'chair.openItem'), event: { type: 'chair.openItem' } },
  { situation: 'the credentials report; the chair accepts Myanmar', rule: 'R5.6', reach: (d) => d.inItem(CREDENTIALS), event: { type: 'chair.decideCredentials', member: 'MMR', ruling: 'accepted' } },
  { situation: 'a resolution in debate; a delegation moves to suspend the meeting', rule: 'R6.4', reach: (d) => d.inItem(RES_DATA), event: { type: 'delegation.moveMotion', member: 'FRA', motion: 'suspend' } },
  { situation: 'a motion to suspend is pending; the chair puts it', rule: 'R6.5', reach: (d) => d.inItem(RES_DATA).send({ type: 'delegation.moveMotion', member: 'FRA', motion: 'suspend' }), event: { type: 'chair.putMotion' } },
  { situation: 'the budget vote is open; France votes', rule: 'R2.1', reach: (d) => d.atBallot('budget'), event: { type: 'delegation.castVote', member: 'FRA', choice: 'yes' } },
  { situation: 'a vote is under way; a point of order about the voting', rule: 'R3.8', reach: (d) => d.atBallot('budget'), event: { type: 'delegation.raisePointOfOrder', member: 'FRA', aboutVoting: true } },
  { situation: 'a recorded vote; the tellers report totals before anyone votes', rule: 'R3.2', reach: (d) => d.atBallot('budget'), event: { type: 'tellers.reportCount', counts: { yes: 100, no: 10 }, abstain: 0, invalid: 0 } },
  { situation: 'the last day is done; the chair closes the session', rule: 'R5.2', reach: (d) => d.advance((x) => x.nextEvent() === 'chair.closeSession'), event: { type: 'chair.closeSession' } },
];

describe('legality in the chart', () => {
  for (const row of ALLOWED) {
    it(`takes ${row.event.type} (${row.rule}): ${row.situation}`, () => {
      const d = row.reach(new Driver('procedure'));
      expect(d.session.snapshot.can(row.event)).toBe(true);
      expect(d.session.send(row.event)).toEqual({ accepted: true });
    });
  }

  // the situations of the conformance table: can() is false and the refusal carries the row's code
  for (const row of REJECTIONS) {
    it(`refuses ${typeof row.event === 'function' ? 'the event' : row.event.type} with ${row.code} (${row.rule}), can() false: ${row.situation}`, () => {
      const d = new Driver(row.scenario);
      row.reach(d);
      const event = typeof row.event === 'function' ? row.event(d) : row.event;
      const before = d.session.snapshot;
      expect(before.can(event)).toBe(false);
      const outcome = d.session.send(event);
      expect(outcome.rejection?.code).toBe(row.code);
      // principle 10: nothing but the recorded rejection changes
      const after = d.session.snapshot;
      expect(after.value).toEqual(before.value);
      expect({ ...after.context, lastRejection: null, rejections: 0 }).toEqual({ ...before.context, lastRejection: null, rejections: 0 });
      expect([after.context.lastRejection, after.context.rejections]).toEqual([outcome.rejection, before.context.rejections + 1]);
    });
  }

  it('names every condition of the table on some transition, and only conditions of the table', () => {
    const named = new Set<string>();
    for (const node of [sessionMachine.root, ...allStateNodes()] as AnyStateNode[]) {
      for (const list of node.transitions.values()) for (const t of list) for (const c of ((t.meta as { checks?: string[] } | undefined)?.checks ?? [])) named.add(c);
    }
    expect([...named].filter((c) => !(c in CHECKS))).toEqual([]);
    expect((Object.keys(CHECKS) as CheckName[]).filter((c) => !named.has(c))).toEqual([]);
  });
});

describe('snapshot.can(event) and send(event) agree', () => {
  const engines = ['test/fixtures/scenarios/small-session.yaml', 'test/fixtures/conformance/procedure.yaml'].map((f) => createEngine(createSessionSetup(loadScenarioFile(f).scenario)));

  it('can() is false exactly when send() refuses, along random event sequences (proper steps, motions, illegal events)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...engines), fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.array(fc.integer({ min: 0, max: 89 }), { minLength: 1, maxLength: 200 }), (engine, seed, picks) => {
        const session = createSession(engine, seed);
        for (const pick of picks) {
          const snapshot = session.snapshot;
          const candidates = proposedEvents(snapshot);
          // the proper step (first) two times in three, so that sessions reach items, votes and motions
          const event = pick < 60 ? candidates[0] ?? candidates[1]! : candidates[(pick - 60) % candidates.length]!;
          const can = snapshot.can(event);
          const outcome = session.send(event);
          expect(outcome.accepted, `${event.type}: can() said ${can}, send ${outcome.rejection?.code ?? 'accepted'}`).toBe(can);
          if (!outcome.accepted) expect(session.snapshot.value).toEqual(snapshot.value);
        }
      }),
      { numRuns: propertyRuns(300, 60) },
    );
  });
});
