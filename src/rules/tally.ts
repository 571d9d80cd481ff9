import type { CandidateTally, Tally, VoteChoice } from '../domain/vote.js';
import type { RuleSet } from './rule-set.js';
import type { RecordedChoices } from '../domain/choices.js';

export { CHOICE_CODE } from '../domain/choices.js';

function checkPapers(papers: number, entitled: number): void {
  if (!Number.isInteger(entitled) || entitled < 0) {
    throw new RangeError(`tally: entitled must be a non-negative integer, got ${entitled}`);
  }
  if (papers > entitled) {
    throw new RangeError(
      `tally: ${papers} ballot papers for an electorate of ${entitled}; ` +
        'each entitled member casts at most one paper (R2.1), so freeze the electorate before counting',
    );
  }
}

/** Running counts of papers by choice. */
interface Papers {
  yes: number;
  no: number;
  abstain: number;
  invalid: number;
}

function addPaper(papers: Papers, choice: VoteChoice | undefined): void {
  if (choice === 'yes') papers.yes++;
  else if (choice === 'no') papers.no++;
  else if (choice === 'abstain') papers.abstain++;
  else papers.invalid++;
}

function tallyOfPapers(papers: Papers, entitled: number): Tally {
  const { yes, no, abstain, invalid } = papers;
  checkPapers(yes + no + abstain + invalid, entitled);
  return { entitled, yes, no, abstain, invalid };
}

/** R2.1, R3.7, Q14: counts ballot papers; throws if there are more papers than entitled members. */
export function tallyVotes(choices: Iterable<VoteChoice>, entitled: number): Tally {
  const papers: Papers = { yes: 0, no: 0, abstain: 0, invalid: 0 };
  for (const choice of choices) addPaper(papers, choice);
  return tallyOfPapers(papers, entitled);
}

/**
 * R2.1, R3.7, Q14: counts the papers of a recorded vote (member → choice), as `tallyVotes` does.
 * Reads the record in place: a ballot's record is large and built member by member, and copying
 * its values out first costs several times the count.
 */
export function tallyRecordedVotes(votes: Readonly<Record<string, VoteChoice>>, entitled: number): Tally {
  const papers: Papers = { yes: 0, no: 0, abstain: 0, invalid: 0 };
  for (const member in votes) addPaper(papers, votes[member]);
  return tallyOfPapers(papers, entitled);
}

/** R2.1, R3.7, Q14: counts the papers of a recorded vote kept as choice letters (`RecordedChoices`), in one pass. */
export function tallyRecordedChoices(choices: RecordedChoices, entitled: number): Tally {
  let yes = 0;
  let no = 0;
  let abstain = 0;
  let invalid = 0;
  for (let i = 0; i < choices.length; i++) {
    const c = choices.charCodeAt(i);
    if (c === 0x79) yes++;
    else if (c === 0x6e) no++;
    else if (c === 0x61) abstain++;
    else if (c === 0x69) invalid++;
  }
  checkPapers(yes + no + abstain + invalid, entitled);
  return { entitled, yes, no, abstain, invalid };
}

/** R2.1, R3.7: counts byte-coded papers (CHOICE_CODE) in one allocation-free pass over the array. */
export function tallyChoiceCodes(codes: Uint8Array, entitled: number): Tally {
  let yes = 0;
  let no = 0;
  let abstain = 0;
  let invalid = 0;
  const n = codes.length;
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    if (c === 0) yes++;
    else if (c === 1) no++;
    else if (c === 2) abstain++;
    else if (c === 3) invalid++;
  }
  checkPapers(yes + no + abstain + invalid, entitled);
  return { entitled, yes, no, abstain, invalid };
}

/**
 * R2.3, RPGA 40(4): votes expressed, the base of a present-and-voting majority: yes plus no, plus
 * abstentions or invalid papers only where the rule set puts them in the base.
 */
export function expressedVotes(tally: Tally, rules: RuleSet): number {
  const abstain = rules.counting.abstentionsInBase ? tally.abstain : 0;
  const invalid = rules.counting.invalidInBase ? tally.invalid : 0;
  return tally.yes + tally.no + abstain + invalid;
}

/** What a closed ballot's counts are read from: the electorate frozen at its opening and its votes or report. */
export interface BallotFigures {
  readonly electorate: readonly string[];
  /** For an election: the candidates on the paper. */
  readonly paper: readonly string[];
  /** Per-member choices, for recorded votes and roll calls, aligned with the electorate (`RecordedChoices`). */
  readonly choices: RecordedChoices;
  /** The tellers' report, for secret ballots and shows of hands (R3.3, R3.6). */
  readonly counts: { readonly counts: Readonly<Record<string, number>>; readonly abstain: number; readonly invalid: number } | null;
}

/** The counts of a question ballot: from recorded votes, or from the tellers' report. */
export function tallyOfBallot(ballot: Pick<BallotFigures, 'electorate' | 'choices' | 'counts'>): Tally {
  const entitled = ballot.electorate.length;
  if (ballot.counts === null) return tallyRecordedChoices(ballot.choices, entitled);
  const { counts, abstain, invalid } = ballot.counts;
  return { entitled, yes: counts.yes ?? 0, no: counts.no ?? 0, abstain, invalid };
}

/** The counts of an election ballot, as reported by the tellers (R3.6). */
export function candidateTallyOfBallot(ballot: Pick<BallotFigures, 'electorate' | 'paper' | 'counts'>): CandidateTally {
  const counts = ballot.counts ?? { counts: {}, abstain: 0, invalid: 0 };
  const votes: Record<string, number> = {};
  for (const id of ballot.paper) votes[id] = counts.counts[id] ?? 0;
  return { entitled: ballot.electorate.length, abstain: counts.abstain, invalid: counts.invalid, votes };
}
