import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, eventLabel, parseEventPayload, type JournalEvent } from '../../src/machine/events.js';
import { createEngine } from '../../src/machine/session-driver.js';
import { createSessionSetup } from '../../src/scenario/session-setup.js';
import { nextStep } from '../../src/sim/autopilot.js';
import { createSession } from '../../src/sim/session.js';
import { journalEvent } from '../arbitraries/events.js';
import { Driver, REJECTIONS, UNREACHABLE } from '../conformance/rejections.js';
import { votedCount } from '../../src/domain/choices.js';
import { propertyRuns } from '../test-utils/property-runs.js';
import { loadScenarioFile } from './support/scenarios.js';

// Issue 15, item 4: events are declared once (one zod schema per type, in src/machine/events.ts);
// their labels and the tests' arbitraries derive from those schemas.

const { scenario } = loadScenarioFile('test/fixtures/conformance/procedure.yaml');
const setup = createSessionSetup(scenario);
const engine = createEngine(setup);
const names = {
  members: ['FRA', 'DEU', 'MMR', 'VEN', 'AFG'],
  ids: [...setup.items.map((i) => i.id), ...Object.values(setup.nominations).flatMap((n) => n.map((x) => x.candidate.id))],
};
const events = journalEvent(names);

/**
 * A random whole ballot given as letters is almost never one letter per member: two times in three
 * it is fitted to the open ballot's electorate (cut, or filled with "-") and sent as drawn (no
 * scripted result), so that the letters reach the rule on each member's vote rather than stop at
 * `vote/not-aligned` or `ballot/unknown-script`.
 */
function aimed(event: JournalEvent, ballot: { readonly electorate: readonly string[] } | null, pick: number): JournalEvent {
  if (event.type !== 'delegation.castBallot' || !('choices' in event) || ballot === null || pick % 3 === 0) return event;
  return { type: event.type, choices: event.choices.padEnd(ballot.electorate.length, '-').slice(0, ballot.electorate.length) };
}

describe('events declared once, in their schemas', () => {
  it('every event type has a label in words, read from its schema', () => {
    expect(EVENT_TYPES.length).toBeGreaterThan(15);
    for (const type of EVENT_TYPES) expect(eventLabel(type), type).toMatch(/^[a-z][a-z ,'-]+$/);
    expect(eventLabel('chair.openItem')).toBe('open the next item');
  });

  it('the derived arbitrary gives every event type, and each event parses back to itself', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(events, (event) => {
        seen.add(event.type);
        const parsed = parseEventPayload(event);
        expect('event' in parsed ? parsed.event : parsed).toEqual(event);
      }),
      { numRuns: 600 },
    );
    expect([...seen].sort()).toEqual([...EVENT_TYPES].sort());
  });

  it('any event at any point is taken or refused with a code of the table, as can() says, and a refusal changes nothing', () => {
    // every code the machine declares has a row in the conformance table (test/conformance/rejections.test.ts)
    const codes = new Set<string>([...REJECTIONS.map((r) => r.code), ...Object.keys(UNREACHABLE)]);
    const takenRandom = new Set<string>();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.array(fc.tuple(fc.nat({ max: 60 }), events), { minLength: 40, maxLength: 200, size: 'large' }), (seed, steps) => {
        const session = createSession(engine, seed);
        for (const [pick, random] of steps) {
          const snapshot = session.snapshot;
          // the proper step half of the time, so that sessions reach items, votes and elections
          const proper = nextStep(snapshot);
          if (proper.kind === 'done') return;
          const event: JournalEvent = pick < 30 && proper.kind === 'event' ? (proper.event as JournalEvent) : aimed(random, snapshot.context.appeal ?? snapshot.context.ballot, pick);
          const can = snapshot.can(event);
          const outcome = session.send(event);
          expect(outcome.accepted, `${JSON.stringify(event)}: can() said ${can}, send ${outcome.rejection?.code ?? 'accepted'}`).toBe(can);
          if (outcome.accepted && pick >= 30) takenRandom.add('choices' in event ? 'delegation.castBallot (letters)' : event.type);
          if (!outcome.accepted) {
            expect(codes.has(outcome.rejection!.code), outcome.rejection!.code).toBe(true);
            expect(session.snapshot.value).toEqual(snapshot.value);
            expect(session.snapshot.context.seq).toBe(snapshot.context.seq);
          }
        }
      }),
      { numRuns: propertyRuns(200, 40) },
    );
    // the derived events reach the procedure: the chart takes random events of many kinds, not only the proper steps
    expect(takenRandom.size).toBeGreaterThanOrEqual(8);
  });

  it('a whole recorded vote as letters, fitted to the electorate, is taken exactly when no paper is spoilt (R2.1, R3.2)', () => {
    const letters = journalEvent(names).filter((e): e is Extract<JournalEvent, { choices: string }> => 'choices' in e);
    fc.assert(
      fc.property(letters, (random) => {
        const d = new Driver('procedure').atBallot('budget');
        const ballot = d.session.snapshot.context.ballot!;
        const event = aimed(random, ballot, 1) as Extract<JournalEvent, { choices: string }>;
        const outcome = d.session.send(event);
        const spoilt = event.choices.includes('i');
        expect(outcome.accepted).toBe(!spoilt);
        if (spoilt) expect(outcome.rejection?.code).toBe('vote/no-papers');
        else expect(votedCount(d.session.snapshot.context.ballot!.choices)).toBe(votedCount(event.choices));
      }),
      { numRuns: propertyRuns(100, 20) },
    );
  });
});
