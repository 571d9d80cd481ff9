import { displayNameOf, withNames } from '../domain/person-name.js';
import { tallyRecordedChoices } from '../rules/tally.js';
import { votedCount } from '../domain/choices.js';
import type { Candidate, BallotRound } from '../domain/election.js';
import type { Announcement, Threshold } from '../domain/vote.js';
import type { OpenBallot, SessionContext } from '../machine/context.js';
import type { QuestionRecord } from '../record/record.js';
import type { AnnouncementLineView, BallotPanelView, BarView } from './ballot-view-model.js';

const MAJORITY_LABELS: Record<string, string> = {
  simple: 'simple majority',
  'two-thirds-present-voting': 'two-thirds of votes expressed',
  'two-thirds-all-members': 'two-thirds of all members',
  'majority-all-members': 'majority of all members',
  plurality: 'plurality',
};

function announcementLines(a: Announcement): AnnouncementLineView[] {
  return [
    { key: 'entitled', label: 'Members entitled to vote', value: a.entitled },
    { key: 'abstentions', label: 'Abstentions', value: a.abstentions },
    { key: 'invalid', label: 'Invalid papers', value: a.invalid },
    { key: 'expressed', label: 'Votes expressed', value: a.expressed },
    { key: 'majority-required', label: 'Majority required', value: a.majorityRequired },
  ];
}

function neededLine(a: Announcement): string {
  const margin = a.got - a.needed;
  return `needed ${a.needed} · got ${a.got} · ${margin >= 0 ? `margin +${margin}` : `missing ${a.missing}`}`;
}

function panel(title: string, method: OpenBallot['method'], t: Threshold, a: Announcement, bars: BarView[], outcome: string): BallotPanelView {
  return {
    title,
    method,
    secret: method === 'secret',
    majorityLabel: MAJORITY_LABELS[t.majority] ?? t.majority,
    announcement: announcementLines(a),
    bars,
    threshold: t.required,
    maxVotes: Math.max(a.expressed, ...bars.map((b) => b.votes), 1),
    neededLine: neededLine(a),
    outcome,
    open: false,
  };
}

/** The panel of a decided question: yes/no bars, the threshold and the announcement (R3.7). */
export function questionPanel(title: string, record: QuestionRecord): BallotPanelView | null {
  if (record.result === null) return null;
  const { announcement: a, threshold, decision } = record.result;
  const bars = a.counts.map((c): BarView => ({ label: c.label, votes: c.votes, ...(c.label === 'yes' ? { marker: decision } : {}) }));
  return panel(title, record.method, threshold, a, bars, `${decision}${record.result.tie ? ' (tie: rejected, Q2)' : ''}`);
}

/** The panel of an election round: a bar per candidate in decreasing order, or yes/no for one. */
export function roundPanel(title: string, round: BallotRound, candidates: readonly Candidate[]): BallotPanelView {
  const a = round.announcement;
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const bars = a.counts.map((c): BarView => {
    const candidate = byId.get(c.label);
    const marker = round.elected.includes(c.label) ? 'elected' : round.eliminated.includes(c.label) ? 'eliminated' : undefined;
    return { label: candidate ? displayNameOf(candidate) : c.label, ...(candidate ? { member: candidate.member } : {}), votes: c.votes, ...(marker ? { marker } : {}) };
  });
  const outcome = round.elected.length > 0 ? `${round.elected.map((id) => byId.get(id)?.name ?? id).join(', ')} elected` : withNames(round.trail.at(-1)?.text ?? round.outcome, candidates);
  return panel(`${title} · ballot ${round.ballot}`, 'secret', round.threshold, a, bars, outcome);
}

/** The panel of a ballot still open: the frozen electorate and whatever has been cast or counted so far. */
export function openPanel(ctx: SessionContext, title: string, ballot: OpenBallot): BallotPanelView {
  const cast = votedCount(ballot.choices);
  const labels = ballot.subject.kind === 'election' && ballot.paper.length > 1 ? ballot.paper : ['yes', 'no'];
  const nominated = ctx.setup.nominations[ctx.setup.items[ballot.item]!.id] ?? [];
  // a secret ballot's papers are unknown until the tellers count them (R3.6); a recorded vote shows its running count
  const known = ballot.counts !== null || !ballot.secret;
  const sofar = ballot.counts ?? tallySoFar(ballot);
  const bars = labels.map((label): BarView => {
    const c = nominated.find((n) => n.candidate.id === label)?.candidate;
    return { label: c ? displayNameOf(c) : label, ...(c ? { member: c.member } : {}), votes: known ? (sofar.counts[label] ?? 0) : 0 };
  });
  const expressed = labels.reduce((sum, label) => sum + (sofar.counts[label] ?? 0), 0);
  return {
    title: `${title} · voting`,
    method: ballot.method,
    secret: ballot.secret,
    majorityLabel: 'ballot open',
    // the majority required is set from the votes expressed, so it is announced only at the close (R3.7)
    announcement: [
      { key: 'entitled', label: 'Members entitled to vote', value: ballot.electorate.length },
      { key: 'abstentions', label: 'Abstentions so far', value: known ? sofar.abstain : null },
      { key: 'invalid', label: 'Invalid papers so far', value: known ? sofar.invalid : null },
      { key: 'expressed', label: 'Votes expressed so far', value: known ? expressed : null },
      { key: 'majority-required', label: 'Majority required', value: null },
    ],
    bars,
    threshold: 0,
    maxVotes: Math.max(ballot.electorate.length, 1),
    neededLine: ballot.secret ? 'secret ballot: the tellers count the papers (R3.6)' : `${cast} of ${ballot.electorate.length} delegations have voted`,
    outcome: null,
    open: true,
  };
}

/** The choices cast so far in a recorded vote, counted by the rules core. */
function tallySoFar(ballot: OpenBallot): { counts: Record<string, number>; abstain: number; invalid: number } {
  const t = tallyRecordedChoices(ballot.choices, ballot.electorate.length);
  return { counts: { yes: t.yes, no: t.no }, abstain: t.abstain, invalid: t.invalid };
}
