import type { MemberCode } from '../domain/ids.js';
import type { CandidateTally, Tally, VoteChoice } from '../domain/vote.js';

/**
 * The verifier's own tally (issue 19): counts a ballot again from what the journal holds of it,
 * apart from the machine's and the rules core's code. It shares only the domain types, and it is
 * deliberately plain: one pass, one map, no fast paths. A secret ballot is recounted from the
 * tellers' counts only; nothing here reads, keeps or returns a member's choice.
 */

/** What the journal holds of one ballot: the papers of a recorded vote, or the tellers' counts. */
export type BallotFigures =
  | { readonly kind: 'papers'; readonly papers: Readonly<Record<MemberCode, VoteChoice>> }
  | { readonly kind: 'counts'; readonly counts: Readonly<Record<string, number>>; readonly abstain: number; readonly invalid: number };

/** A choice on the paper: `yes`/`no`, or a candidate, with the words a person reads. */
export interface PaperChoice {
  readonly id: string;
  readonly name: string;
}

/** One ballot's figures in one shape, whoever counted them: votes per choice on the paper, blank and spoiled papers. */
export interface Count {
  readonly entitled: number;
  readonly votes: readonly { readonly choice: PaperChoice; readonly votes: number }[];
  readonly abstain: number;
  readonly invalid: number;
}

/** Something the recount found wrong in the figures themselves, in words. */
export type Finding = string;

export interface Recount {
  readonly count: Count;
  readonly findings: readonly Finding[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The papers of a recorded vote counted by choice; a paper from a member outside the electorate is a finding, not a vote. */
function countPapers(papers: Readonly<Record<string, VoteChoice>>, electorate: readonly MemberCode[], choices: readonly PaperChoice[]): Recount {
  const entitled = new Set<string>(electorate);
  const byChoice = new Map<string, number>([...choices.map((c) => [c.id, 0] as const), ['abstain', 0], ['invalid', 0]]);
  let strangers = 0;
  let unknown = 0;
  for (const [member, choice] of Object.entries(papers)) {
    if (!entitled.has(member)) strangers += 1;
    else if (!byChoice.has(choice)) unknown += 1;
    else byChoice.set(choice, byChoice.get(choice)! + 1);
  }
  const findings: Finding[] = [];
  if (strangers > 0) findings.push(`${plural(strangers, 'paper', 'papers')} from members not entitled to vote in this ballot`);
  if (unknown > 0) findings.push(`${plural(unknown, 'paper names', 'papers name')} a choice not on the paper`);
  return {
    count: { entitled: electorate.length, votes: choices.map((c) => ({ choice: c, votes: byChoice.get(c.id)! })), abstain: byChoice.get('abstain')!, invalid: byChoice.get('invalid')! },
    findings,
  };
}

/** The tellers' counts read against the paper: a count for a choice not on it is a finding, not a vote. */
function readCounts(figures: Extract<BallotFigures, { kind: 'counts' }>, electorate: readonly MemberCode[], choices: readonly PaperChoice[]): Recount {
  const findings: Finding[] = [];
  const known = new Set(choices.map((c) => c.id));
  for (const [id, votes] of Object.entries(figures.counts)) {
    if (!known.has(id) && votes !== 0) findings.push(`${plural(votes, 'vote', 'votes')} counted for "${id}", which is not on the paper`);
  }
  const votes = choices.map((c) => ({ choice: c, votes: Object.hasOwn(figures.counts, c.id) ? figures.counts[c.id]! : 0 }));
  return { count: { entitled: electorate.length, votes, abstain: figures.abstain, invalid: figures.invalid }, findings };
}

/** Counts one ballot again from its figures; more papers than members entitled to vote is a finding. */
export function recount(figures: BallotFigures, electorate: readonly MemberCode[], choices: readonly PaperChoice[]): Recount {
  const counted = figures.kind === 'papers' ? countPapers(figures.papers, electorate, choices) : readCounts(figures, electorate, choices);
  const papers = papersIn(counted.count);
  const findings = papers > electorate.length ? [...counted.findings, `${papers} papers for ${electorate.length} members entitled to vote`] : counted.findings;
  return { count: counted.count, findings };
}

/** Every paper of a count: votes for each choice, blank and spoiled. */
export function papersIn(count: Count): number {
  return count.votes.reduce((sum, v) => sum + v.votes, count.abstain + count.invalid);
}

/** A result as recorded (a question's tally, or an election ballot's) in the shape of a count, for comparison. */
export function countOfRecord(recorded: Tally | CandidateTally, choices: readonly PaperChoice[]): Count {
  const votes = choices.map((choice) => ({
    choice,
    votes: 'votes' in recorded ? (Object.hasOwn(recorded.votes, choice.id) ? recorded.votes[choice.id]! : 0) : choice.id === 'yes' ? recorded.yes : choice.id === 'no' ? recorded.no : 0,
  }));
  return { entitled: recorded.entitled, votes, abstain: recorded.abstain, invalid: recorded.invalid };
}

/** One figure where the recount and the record differ. */
export interface Difference {
  readonly what: string;
  readonly recounted: number;
  readonly recorded: number;
}

/** Where two counts of the same paper differ, figure by figure (empty when they agree). */
export function differences(recounted: Count, recorded: Count): Difference[] {
  const pairs: [string, number, number][] = [
    ['members entitled to vote', recounted.entitled, recorded.entitled],
    ...recounted.votes.map((v, i): [string, number, number] => [v.choice.name, v.votes, recorded.votes[i]?.votes ?? 0]),
    ['abstentions', recounted.abstain, recorded.abstain],
    ['invalid papers', recounted.invalid, recorded.invalid],
  ];
  return pairs.filter(([, a, b]) => a !== b).map(([what, a, b]) => ({ what, recounted: a, recorded: b }));
}

/** A count in words: "yes 120, no 40, 10 abstentions, 2 invalid papers (172 papers, 180 entitled)". */
export function countWords(count: Count): string {
  const votes = count.votes.map((v) => `${v.choice.name} ${v.votes}`);
  return `${[...votes, plural(count.abstain, 'abstention', 'abstentions'), plural(count.invalid, 'invalid paper', 'invalid papers')].join(', ')} (${plural(papersIn(count), 'paper', 'papers')}, ${count.entitled} entitled)`;
}
