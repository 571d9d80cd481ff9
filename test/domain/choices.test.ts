import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anyVoted,
  choiceAt,
  choicesOfCodes,
  choicesOfVotes,
  mergeChoices,
  RecordedChoicesSchema,
  votedCount,
  votesOfChoices,
  withChoice,
} from '../../src/domain/choices.js';
import type { RecordedVotes, VoteChoice } from '../../src/domain/vote.js';
import { tallyChoiceCodes, tallyRecordedChoices, tallyVotes } from '../../src/rules/tally.js';

// Recorded votes kept as choice letters aligned with the ballot's sorted electorate (issue 15).
const electorate = ['ARG', 'BRA', 'DEU', 'ESP', 'FRA', 'ITA', 'MAR', 'NGA'] as const;
const choice = fc.constantFrom<VoteChoice>('yes', 'no', 'abstain', 'invalid');
const votesArb = fc.dictionary(fc.constantFrom(...electorate), choice);
const codesArb = fc.uint8Array({ maxLength: 300 }).map((a) => a.map((b) => (b % 6 === 5 ? 255 : b % 6)));

describe('recorded choices', () => {
  it('read member by member: letter i is the choice of the i-th member, "-" not voted', () => {
    const choices = choicesOfVotes(electorate, { BRA: 'yes', FRA: 'no', NGA: 'abstain' });
    expect(choices).toBe('-y--n--a');
    expect(votesOfChoices(electorate, choices)).toEqual({ BRA: 'yes', FRA: 'no', NGA: 'abstain' });
    expect([choiceAt(choices, 1), choiceAt(choices, 0), choiceAt('', 3)]).toEqual(['yes', null, null]);
    expect([votedCount(choices), anyVoted(choices), anyVoted('--------'), anyVoted('')]).toEqual([3, true, false, false]);
  });

  it('are letters only: the journal schema refuses anything else', () => {
    expect(RecordedChoicesSchema.safeParse('yna-i').success).toBe(true);
    expect(RecordedChoicesSchema.safeParse('yes').success).toBe(false);
  });

  it('give back exactly the votes they were made of', () => {
    fc.assert(
      fc.property(votesArb, (votes) => {
        expect(votesOfChoices(electorate, choicesOfVotes(electorate, votes))).toEqual(votes);
      }),
    );
  });

  it('from byte codes count as the byte codes and the votes do (R3.7 recount)', () => {
    fc.assert(
      fc.property(codesArb, (codes) => {
        const choices = choicesOfCodes(codes);
        expect(choices).toHaveLength(codes.length);
        const voted = codes.filter((c) => c < 4).length;
        expect(votedCount(choices)).toBe(voted);
        const papers = [...codes].filter((c) => c < 4).map((c) => (['yes', 'no', 'abstain', 'invalid'] as const)[c]!);
        expect(tallyRecordedChoices(choices, codes.length)).toEqual(tallyChoiceCodes(codes, codes.length));
        expect(tallyRecordedChoices(choices, codes.length)).toEqual(tallyVotes(papers, codes.length));
      }),
    );
  });

  it('build one string for an electorate far larger than an argument list (a million members)', () => {
    const codes = new Uint8Array(1_000_000).map((_, i) => i % 5);
    const choices = choicesOfCodes(codes);
    expect(choices).toHaveLength(1_000_000);
    expect(tallyRecordedChoices(choices, 1_000_000)).toMatchObject({ yes: 200_000, invalid: 200_000 });
  });

  it('merge and add one vote at a time as the union of the votes', () => {
    fc.assert(
      fc.property(votesArb, votesArb, (a, b) => {
        // b's members who did not vote in a
        const rest: RecordedVotes = Object.fromEntries(Object.entries(b).filter(([m]) => !(m in a)));
        const merged = mergeChoices(choicesOfVotes(electorate, a), choicesOfVotes(electorate, rest));
        expect(votesOfChoices(electorate, merged)).toEqual({ ...a, ...rest });
        let oneByOne = '';
        for (const [m, c] of Object.entries({ ...a, ...rest })) oneByOne = withChoice(oneByOne, electorate.length, electorate.indexOf(m as (typeof electorate)[number]), c);
        expect(votesOfChoices(electorate, oneByOne)).toEqual({ ...a, ...rest });
      }),
    );
  });
});
