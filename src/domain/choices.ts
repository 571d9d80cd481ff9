import * as z from 'zod';
import type { MemberCode } from './ids.js';
import type { RecordedVotes, VoteChoice } from './vote.js';

/**
 * The papers of a recorded vote or roll call as one string aligned with the ballot's electorate
 * (issue 15): the letter at position i is the choice of the i-th entitled member (the electorate is
 * frozen, sorted, when the ballot opens, R2.1) — `y` yes, `n` no, `a` abstain, `i` invalid — or `-`
 * when that member has not voted. The empty string means nobody has voted yet. A string is plain,
 * immutable, serialisable data: a ballot of 170 members is 170 bytes, shared by every snapshot and
 * record that sees it, where a member → choice object is a dictionary of 170 properties.
 * Never used for a secret ballot, which records no member's choice (R3.3).
 */
export type RecordedChoices = string;

/** Byte codes of ballot papers for the fast paths (drawing, tallying); any other byte means the member did not vote. */
export const CHOICE_CODE = { yes: 0, no: 1, abstain: 2, invalid: 3 } as const satisfies Record<VoteChoice, number>;

/** The letter of each choice, in the order of `VoteChoiceSchema`. */
export const CHOICE_LETTERS = { yes: 'y', no: 'n', abstain: 'a', invalid: 'i' } as const satisfies Record<VoteChoice, string>;
/** The letter of a member who has not voted. */
export const NOT_VOTED = '-';

/** A string of choice letters, as an event or a journal line may carry it. */
export const RecordedChoicesSchema = z.string().regex(/^[ynai-]*$/, 'one letter per member of the electorate: y (yes), n (no), a (abstain), i (invalid) or - (has not voted)');

// the same letters read the other way, and as character codes by byte code (CHOICE_CODE), for the fast paths
const CHOICE_OF_LETTER = Object.fromEntries(Object.entries(CHOICE_LETTERS).map(([choice, letter]) => [letter, choice])) as Readonly<Record<string, VoteChoice>>;
const LETTER_CODES: readonly number[] = (Object.keys(CHOICE_CODE) as VoteChoice[]).sort((a, b) => CHOICE_CODE[a] - CHOICE_CODE[b]).map((c) => CHOICE_LETTERS[c].charCodeAt(0));
const NOT_VOTED_CODE = NOT_VOTED.charCodeAt(0);

/** The choice at position `index`, or null when that member has not voted. */
export function choiceAt(choices: RecordedChoices, index: number): VoteChoice | null {
  return index < choices.length ? (CHOICE_OF_LETTER[choices[index]!] ?? null) : null;
}

/** How many members have voted. */
export function votedCount(choices: RecordedChoices): number {
  let n = 0;
  for (let i = 0; i < choices.length; i++) if (choices.charCodeAt(i) !== NOT_VOTED_CODE) n++;
  return n;
}

/** Whether anyone has voted (stops at the first vote). */
export function anyVoted(choices: RecordedChoices): boolean {
  for (let i = 0; i < choices.length; i++) if (choices.charCodeAt(i) !== NOT_VOTED_CODE) return true;
  return false;
}

/** The per-member choices, in the electorate's order: what minutes, run results and audits read. */
export function votesOfChoices(electorate: readonly MemberCode[], choices: RecordedChoices): RecordedVotes {
  const votes: Record<MemberCode, VoteChoice> = {};
  for (let i = 0; i < choices.length; i++) {
    const choice = CHOICE_OF_LETTER[choices[i]!];
    if (choice !== undefined) votes[electorate[i]!] = choice;
  }
  return votes;
}

/**
 * Builds choices from byte codes aligned with the electorate: 0 yes, 1 no, 2 abstain, 3 invalid,
 * anything else not voted. One pass and one string, however large the electorate.
 */
export function choicesOfCodes(codes: Uint8Array): RecordedChoices {
  const letters = new Uint8Array(codes.length);
  for (let i = 0; i < codes.length; i++) letters[i] = LETTER_CODES[codes[i]!] ?? NOT_VOTED_CODE;
  let text = '';
  // in slices: `fromCharCode` takes its characters as arguments, and a call has only so many
  // (`apply` reads the bytes as an array-like: spreading them would walk an iterator, an object per byte)
  for (let at = 0; at < letters.length; at += 8192) text += String.fromCharCode.apply(null, letters.subarray(at, at + 8192) as unknown as number[]);
  return text;
}

/** The choices of `votes` (member → choice), aligned with `electorate`; members outside it are left out. */
export function choicesOfVotes(electorate: readonly MemberCode[], votes: RecordedVotes): RecordedChoices {
  const codes = new Uint8Array(electorate.length).fill(0xff);
  const index = new Map(electorate.map((code, i) => [code, i]));
  for (const member in votes) {
    const at = index.get(member);
    if (at !== undefined) codes[at] = CHOICE_CODE[votes[member]!];
  }
  return choicesOfCodes(codes);
}

/**
 * The choices of a whole recorded vote in either form it arrives in (`delegation.castBallot`): letters
 * already aligned with the electorate, or member → choice (as a person, a script or an older journal
 * writes it), aligned here.
 */
export function choicesOfCast(cast: { readonly choices: RecordedChoices } | { readonly votes: RecordedVotes }, electorate: readonly MemberCode[]): RecordedChoices {
  return 'choices' in cast ? cast.choices : choicesOfVotes(electorate, cast.votes);
}

/** `before` with the votes of `added` (of the same electorate) merged in; the empty string when nobody has voted. */
export function mergeChoices(before: RecordedChoices, added: RecordedChoices): RecordedChoices {
  if (!anyVoted(added)) return before;
  if (before === '') return added;
  let text = '';
  for (let i = 0; i < added.length; i++) text += added.charCodeAt(i) === NOT_VOTED_CODE ? before[i]! : added[i]!;
  return text;
}

/** `before` with the vote of the member at position `index` of an electorate of `size`. */
export function withChoice(before: RecordedChoices, size: number, index: number, choice: VoteChoice): RecordedChoices {
  const base = before === '' ? NOT_VOTED.repeat(size) : before;
  return base.slice(0, index) + CHOICE_LETTERS[choice] + base.slice(index + 1);
}
