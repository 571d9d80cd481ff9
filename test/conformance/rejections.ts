import { readFileSync } from 'node:fs';
import { createEngine, createSession, createSessionSetup, loadScenarioText, nextStep, type Session, type SessionEvent } from '../../src/index.js';
import type { BallotRequest } from '../../src/domain/ballot-request.js';

/**
 * The rejection table (issue 13, item 8): every coded reason the session machine gives for
 * refusing an event, as (situation, event, expected code, rule). Each row drives a session of a
 * conformance scenario through the public API (`createSession`, `nextStep`), as the TUI and
 * training mode do, to the situation, then sends the event. `rejections.test.ts` runs the rows and
 * checks that every code the machine declares has one (or is listed as unreachable, with why).
 */
export interface RejectionRow {
  readonly code: string;
  readonly rule: string;
  /** Where the session stands when the event is sent, in words. */
  readonly situation: string;
  readonly scenario: 'procedure' | 'elections';
  /** Drives the session to the situation. */
  readonly reach: (s: Driver) => void;
  /** The refused event (a function when it depends on the situation). */
  readonly event: SessionEvent | ((s: Driver) => SessionEvent);
}

/** Codes the machine declares but cannot produce, and why. */
export const UNREACHABLE: Readonly<Record<string, string>> = {
  'motion/no-item': 'a delegation moves a motion only while an item is open, so the rules core never finds the item missing',
  'motion/out-of-order': 'the fallback when the rules core gives no code; it always gives one',
  'day/none-left': 'the chair opens a day only from an adjourned sitting, and the last day cannot be adjourned (day/last-day)',
  'appeal/no-ruling': 'an appeal is taken only once the President has ruled (elsewhere it is event/not-allowed), and the ruling is then always set',
  'vote/not-open': 'votes are taken only in the voting states, which always have a ballot open (elsewhere a vote is event/not-allowed)',
};

/** A session of a conformance scenario, stepped by the autopilot with a plain voter. */
export class Driver {
  readonly session: Session;
  constructor(scenario: 'procedure' | 'elections') {
    const file = `test/fixtures/conformance/${scenario}.yaml`;
    const loaded = loadScenarioText(readFileSync(file, 'utf8'), file);
    if (!loaded.ok) throw new Error(`${file} does not load`);
    this.session = createSession(createEngine(createSessionSetup(loaded.value.scenario)), loaded.value.scenario.seed);
  }

  /** Takes the proper next steps until `until` holds; every step must be accepted. */
  advance(until: (d: Driver) => boolean): this {
    for (let i = 0; i < 5000 && !until(this); i++) {
      const next = nextStep(this.session.snapshot);
      if (next.kind === 'done') throw new Error('the session ended before the situation was reached');
      const event = next.kind === 'event' ? next.event : vote(next.request);
      const outcome = this.session.send(event);
      if (!outcome.accepted) throw new Error(`step ${event.type} refused: ${outcome.rejection?.code}`);
    }
    if (!until(this)) throw new Error('the situation was not reached');
    return this;
  }

  /** Sends events that must be accepted. */
  send(...events: SessionEvent[]): this {
    for (const event of events) {
      const outcome = this.session.send(event);
      if (!outcome.accepted) throw new Error(`${event.type} refused: ${outcome.rejection?.code}`);
    }
    return this;
  }

  /** The items opened so far. */
  opened(): number {
    return this.session.events.filter((e) => e.type === 'chair.openItem').length;
  }

  /** The ballot the voters are asked for now, if any. */
  request(): BallotRequest | null {
    const next = nextStep(this.session.snapshot);
    return next.kind === 'ballot' ? next.request : null;
  }

  nextEvent(): SessionEvent['type'] | null {
    const next = nextStep(this.session.snapshot);
    return next.kind === 'event' ? next.event.type : null;
  }

  /** In the debate of the n-th item of the session (1-based), right after it is opened. */
  inItem(n: number): this {
    return this.advance((d) => d.opened() === n);
  }

  /** With the ballot on `item` open and no vote cast yet. */
  atBallot(item: string, method?: string): this {
    return this.advance((d) => d.request()?.item === item && (method === undefined || d.request()?.method === method));
  }
}

/** Everyone present votes yes; an election's votes all go to the first candidate on the paper. */
function vote(request: BallotRequest): SessionEvent {
  if (!request.secret) return { type: 'delegation.castBallot', votes: Object.fromEntries(request.electorate.map((m) => [m, 'yes'])) };
  const choice = request.paper.length > 1 ? request.paper[0]!.id : 'yes';
  return { type: 'tellers.reportCount', counts: { [choice]: request.electorate.length }, abstain: 0, invalid: 0 };
}

// the n-th item opened in each conformance scenario
const OPENING = 1;
const CREDENTIALS = 2;
const RES_DATA = 6;
const PRESIDENT = 4;
const WAIVER = 15;

export const REJECTIONS: readonly RejectionRow[] = [
  { code: 'item/out-of-order', rule: 'R5.5', situation: 'the session is open; the chair opens an item other than the next on the agenda', scenario: 'procedure', reach: (d) => d.advance((x) => x.nextEvent() === 'chair.openItem'), event: { type: 'chair.openItem', item: 'budget' } },
  { code: 'item/none-pending', rule: 'R5.5', situation: "the day's agenda is done; the chair opens another item", scenario: 'procedure', reach: (d) => d.advance((x) => x.nextEvent() === 'chair.adjournDay'), event: { type: 'chair.openItem' } },
  { code: 'day/items-pending', rule: 'R5.5', situation: "items of the day are still pending; the chair adjourns the day", scenario: 'procedure', reach: (d) => d.advance((x) => x.nextEvent() === 'chair.openItem'), event: { type: 'chair.adjournDay' } },
  { code: 'day/last-day', rule: 'R5.2', situation: 'the last day is done; the chair adjourns it instead of closing the session', scenario: 'procedure', reach: (d) => d.advance((x) => x.nextEvent() === 'chair.closeSession'), event: { type: 'chair.adjournDay' } },
  { code: 'session/days-left', rule: 'R5.2', situation: 'day 1 of 2; the chair closes the session', scenario: 'procedure', reach: (d) => d.advance((x) => x.nextEvent() === 'chair.openItem'), event: { type: 'chair.closeSession' } },
  { code: 'motion/pending', rule: 'R6.5', situation: 'a motion to suspend is pending; the chair puts the item to the vote', scenario: 'procedure', reach: (d) => d.inItem(RES_DATA).send({ type: 'delegation.moveMotion', member: 'FRA', motion: 'suspend' }), event: { type: 'chair.putToVote' } },
  { code: 'motion/none-pending', rule: 'R6.4', situation: 'no motion has been moved; the chair puts a motion', scenario: 'procedure', reach: (d) => d.inItem(RES_DATA), event: { type: 'chair.putMotion' } },
  { code: 'motion/observer', rule: 'R5.11', situation: 'Myanmar, whose credentials were refused (an observer, R5.6), moves to adjourn the debate', scenario: 'procedure', reach: (d) => d.inItem(RES_DATA), event: { type: 'delegation.moveMotion', member: 'MMR', motion: 'adjourn-debate' } },
  { code: 'motion/during-vote', rule: 'R3.8', situation: 'a vote is under way; a delegation raises a point of order that is not about the voting', scenario: 'procedure', reach: (d) => d.atBallot('budget'), event: { type: 'delegation.raisePointOfOrder', member: 'FRA', aboutVoting: false } },
  { code: 'vote/nothing-to-put', rule: 'R5.5', situation: 'the opening ceremony has no question; the chair puts it to the vote', scenario: 'procedure', reach: (d) => d.inItem(OPENING), event: { type: 'chair.putToVote' } },
  { code: 'item/vote-pending', rule: 'R6.8', situation: 'the resolution and its amendments have not been voted; the chair closes the item', scenario: 'procedure', reach: (d) => d.inItem(RES_DATA), event: { type: 'chair.closeItem' } },
  { code: 'vote/secret-compulsory', rule: 'R3.4', situation: 'the presidential election; the chair calls a roll call', scenario: 'elections', reach: (d) => d.inItem(PRESIDENT), event: { type: 'chair.putToVote', method: 'roll-call' } },
  { code: 'vote/secret-by-scenario', rule: 'R3.5', situation: 'the waiver, which the scenario puts to a secret ballot; the chair calls a roll call', scenario: 'procedure', reach: (d) => d.inItem(WAIVER), event: { type: 'chair.putToVote', method: 'roll-call' } },
  { code: 'election/not-standing', rule: 'R6.6', situation: 'the presidential election; a candidate who is not standing withdraws', scenario: 'elections', reach: (d) => d.inItem(PRESIDENT), event: { type: 'delegation.withdrawCandidate', candidate: 'adeyemi' } },
  { code: 'credentials/not-now', rule: 'R5.6', situation: 'a resolution is open; the chair rules on credentials', scenario: 'procedure', reach: (d) => d.inItem(RES_DATA), event: { type: 'chair.decideCredentials', member: 'MMR', ruling: 'accepted' } },
  { code: 'credentials/unknown', rule: 'R5.6', situation: "the credentials report; the chair rules on an applicant's credentials (Tuvalu is not a member)", scenario: 'procedure', reach: (d) => d.inItem(CREDENTIALS), event: { type: 'chair.decideCredentials', member: 'TUV', ruling: 'accepted' } },
  { code: 'vote/counted-by-tellers', rule: 'R3.3', situation: 'a secret ballot (the waiver); a delegation casts a vote in the open', scenario: 'procedure', reach: (d) => d.atBallot('waiver-ven', 'secret'), event: { type: 'delegation.castVote', member: 'FRA', choice: 'yes' } },
  { code: 'vote/not-entitled', rule: 'R2.1', situation: 'a recorded vote; Afghanistan, not represented, votes', scenario: 'procedure', reach: (d) => d.atBallot('budget'), event: { type: 'delegation.castVote', member: 'AFG', choice: 'yes' } },
  { code: 'vote/not-aligned', rule: 'R2.1', situation: 'a recorded vote; a whole ballot arrives as choice letters that are not one per member of the electorate', scenario: 'procedure', reach: (d) => d.atBallot('budget'), event: { type: 'delegation.castBallot', choices: 'yyn' } },
  { code: 'vote/already-voted', rule: 'R2.1', situation: 'a recorded vote; France votes a second time', scenario: 'procedure', reach: (d) => d.atBallot('budget').send({ type: 'delegation.castVote', member: 'FRA', choice: 'yes' }), event: { type: 'delegation.castVote', member: 'FRA', choice: 'no' } },
  { code: 'vote/no-papers', rule: 'R3.2', situation: 'a recorded vote; a delegation casts an invalid vote', scenario: 'procedure', reach: (d) => d.atBallot('budget'), event: { type: 'delegation.castVote', member: 'FRA', choice: 'invalid' } },
  { code: 'vote/recorded', rule: 'R3.2', situation: 'a recorded vote under way (France has voted); the tellers report totals', scenario: 'procedure', reach: (d) => d.atBallot('budget').send({ type: 'delegation.castVote', member: 'FRA', choice: 'yes' }), event: { type: 'tellers.reportCount', counts: { yes: 100, no: 10 }, abstain: 0, invalid: 0 } },
  { code: 'ballot/already-counted', rule: 'R3.2', situation: 'a recorded vote already reported as totals; a delegation votes', scenario: 'procedure', reach: (d) => d.atBallot('budget').send({ type: 'tellers.reportCount', counts: { yes: 100, no: 10 }, abstain: 0, invalid: 0 }), event: { type: 'delegation.castVote', member: 'FRA', choice: 'yes' } },
  { code: 'vote/not-counted', rule: 'R3.1', situation: 'a decision by consensus; the tellers report a count', scenario: 'procedure', reach: (d) => d.advance((x) => x.opened() === 16).advance((x) => x.nextEvent() === 'chair.closeBallot'), event: { type: 'tellers.reportCount', counts: { yes: 1, no: 0 }, abstain: 0, invalid: 0 } },
  { code: 'vote/not-consensus', rule: 'R3.1', situation: 'a recorded vote; a delegation objects to consensus', scenario: 'procedure', reach: (d) => d.atBallot('budget'), event: { type: 'delegation.objectToConsensus', member: 'FRA' } },
  { code: 'ballot/bad-count', rule: 'R3.7', situation: 'a recorded vote; the tellers report a negative count', scenario: 'procedure', reach: (d) => d.atBallot('budget'), event: { type: 'tellers.reportCount', counts: { yes: -1, no: 10 }, abstain: 0, invalid: 0 } },
  { code: 'ballot/unknown-choice', rule: 'R4.6', situation: 'the presidential ballot; the tellers report votes for a nominee the Board left off the paper', scenario: 'elections', reach: (d) => d.atBallot('president'), event: { type: 'tellers.reportCount', counts: { adeyemi: 50 }, abstain: 0, invalid: 0 } },
  { code: 'ballot/over-electorate', rule: 'R2.1', situation: 'a recorded vote; the tellers report more papers than members entitled', scenario: 'procedure', reach: (d) => d.atBallot('budget'), event: { type: 'tellers.reportCount', counts: { yes: 999, no: 0 }, abstain: 0, invalid: 0 } },
  { code: 'ballot/no-papers', rule: 'R3.3', situation: 'a recorded vote reported as totals with invalid papers', scenario: 'procedure', reach: (d) => d.atBallot('budget'), event: { type: 'tellers.reportCount', counts: { yes: 100, no: 10 }, abstain: 0, invalid: 2 } },
  { code: 'ballot/unknown-script', rule: 'R3.7', situation: 'a recorded vote; the tellers cite a scripted result the scenario does not have', scenario: 'procedure', reach: (d) => d.atBallot('budget'), event: { type: 'tellers.reportCount', counts: { yes: 60, no: 90 }, abstain: 0, invalid: 0, script: 999 } },
  { code: 'ballot/wrong-script', rule: 'R3.7', situation: "the budget vote; the tellers cite the agenda's scripted result", scenario: 'procedure', reach: (d) => d.atBallot('budget'), event: { type: 'tellers.reportCount', counts: { yes: 150, no: 20 }, abstain: 5, invalid: 0, script: 0 } },
  { code: 'ballot/not-counted', rule: 'R3.6', situation: 'a secret ballot (the waiver) not yet counted; the chair closes it', scenario: 'procedure', reach: (d) => d.atBallot('waiver-ven', 'secret'), event: { type: 'chair.closeBallot' } },
  // not a rule of procedure: the simulator's whole-item event needs the simulated voters (R5.5: items in order)
  { code: 'event/headless-only', rule: 'R5.5', situation: 'an interactive session (no simulated voters) on the floor; the chair takes the next item whole', scenario: 'procedure', reach: (d) => d.advance((x) => x.nextEvent() === 'chair.openItem'), event: { type: 'chair.takeItem' } },
  { code: 'event/not-allowed', rule: 'R3.1', situation: 'between items, no ballot open; the chair closes a ballot', scenario: 'procedure', reach: (d) => d.advance((x) => x.nextEvent() === 'chair.openItem'), event: { type: 'chair.closeBallot' } },
];
