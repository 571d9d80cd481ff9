import { isDeepStrictEqual } from 'node:util';
import { choicesOfCast } from '../domain/choices.js';
import type { MemberCode } from '../domain/ids.js';
import type { VoteMethod } from '../domain/vote.js';
import { type SessionSnapshot } from '../machine/autopilot.js';
import { nextStep } from './autopilot.js';
import type { Voter } from './continue-session.js';
import type { SessionEvent } from '../machine/events.js';
import { titleOf } from '../scenario/agenda-items.js';
import { createEngine, createTransition, type SessionEngine } from '../machine/session-driver.js';
import { createSession, type Session } from './session.js';
import type { SessionSetup } from '../scenario/session-setup.js';

/**
 * A journal's events checked against its scenario and seed (issues 17, 18 item 5, 19): every event
 * must be accepted by the session, a vote must be put by the method the scenario gives it, and a
 * whole ballot drawn by the voters must be the one the header's seed draws. A contradiction is
 * located at its journal line.
 */
export interface JournalContradiction {
  readonly line: number;
  readonly code: 'journal/refused' | 'journal/method-changed' | 'journal/not-drawn-by-seed';
  readonly message: string;
}

/** One replayed event, for a caller that reads the record as it grows (e.g. `gasim verify`). */
export interface ReplayedEvent {
  readonly line: number;
  readonly event: SessionEvent;
  readonly before: SessionSnapshot;
  readonly after: SessionSnapshot;
}

const METHOD_WORDS: Readonly<Record<VoteMethod, string>> = {
  'electronic-recorded': 'an electronic recorded vote',
  secret: 'a secret ballot',
  'show-of-hands': 'a show of hands',
  'roll-call': 'a roll call',
  consensus: 'consensus',
};

/** A vote method in words ("a secret ballot"). */
export function methodWords(method: VoteMethod): string {
  return METHOD_WORDS[method];
}

function itemTitle(snapshot: SessionSnapshot): string {
  const item = snapshot.context.setup.items[snapshot.context.item];
  return item ? `"${titleOf(item)}"` : 'the current item';
}

/** The method the scenario puts the next vote by: the same event without a requested method. */
function scenarioMethod(engine: SessionEngine, seed: number, before: SessionSnapshot): VoteMethod | null {
  const plain = createTransition(engine, seed).next(before, { type: 'chair.putToVote' });
  return plain.context.ballot?.method ?? null;
}

/** A vote put by another method than the scenario's (the session may accept a method the chair asks for). */
function methodChanged(line: number, event: SessionEvent, before: SessionSnapshot, engine: SessionEngine, seed: number): JournalContradiction | null {
  if (event.type === 'chair.putToVote' && event.method !== undefined) {
    const method = scenarioMethod(engine, seed, before);
    if (method !== null && method !== event.method) {
      return {
        line,
        code: 'journal/method-changed',
        message: `the vote on ${itemTitle(before)} is put by ${methodWords(event.method)}, but the scenario takes it by ${methodWords(method)}`,
      };
    }
  }
  return null;
}

/**
 * A whole ballot as the voters draw it today: recorded votes as choice letters aligned with the
 * electorate. A journal written before votes were kept as letters gives them member by member
 * (`votes`); it is read as the same ballot, so such a journal still verifies against its seed.
 */
function asChoices(event: SessionEvent, electorate: readonly MemberCode[]): SessionEvent {
  if (event.type !== 'delegation.castBallot' || !('votes' in event)) return { ...event };
  const { votes: _votes, ...rest } = event;
  return { ...rest, choices: choicesOfCast(event, electorate) };
}

/** A whole ballot that the seed's voters would not have drawn: checked once the session accepted it. */
function notDrawn(line: number, event: SessionEvent, before: SessionSnapshot, seed: number, drawn: Voter): JournalContradiction | null {
  if (event.type === 'delegation.castBallot' || event.type === 'tellers.reportCount') {
    const next = nextStep(before);
    if (next.kind === 'ballot' && !isDeepStrictEqual({ ...drawn(next.request, before) }, asChoices(event, next.request.electorate))) {
      return {
        line,
        code: 'journal/not-drawn-by-seed',
        message: `the figures of ballot ${next.request.ballot} on ${itemTitle(before)} are not those seed ${seed} draws for this scenario: the header's seed, this line, or the gasim version that wrote it differs`,
      };
    }
  }
  return null;
}

/**
 * Replays `events` (journal lines from `firstLine`) into a new session, checking each against the
 * scenario and the seed; `drawn` is the scenario's voters for that seed. Returns the session, or
 * the first contradiction.
 */
export function replayAgainstScenario(
  setup: SessionSetup,
  seed: number,
  events: readonly SessionEvent[],
  drawn: Voter,
  options: { readonly firstLine?: number; readonly observe?: (step: ReplayedEvent) => void } = {},
): { readonly ok: true; readonly session: Session } | { readonly ok: false; readonly problem: JournalContradiction } {
  const engine = createEngine(setup);
  const session = createSession(engine, seed);
  const firstLine = options.firstLine ?? 2;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const line = firstLine + i;
    const before = session.snapshot;
    const outcome = session.send(event);
    if (!outcome.accepted) {
      const why = outcome.rejection ? ` (${outcome.rejection.code}): ${outcome.rejection.message}` : ': it is out of order';
      return { ok: false, problem: { line, code: 'journal/refused', message: `the session refuses ${event.type}${why}` } };
    }
    // what the session accepts may still contradict the scenario or the seed
    const problem = methodChanged(line, event, before, engine, seed) ?? notDrawn(line, event, before, seed, drawn);
    if (problem !== null) return { ok: false, problem };
    options.observe?.({ line, event, before, after: session.snapshot });
  }
  return { ok: true, session };
}
