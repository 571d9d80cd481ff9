import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VoteChoice } from '../../src/domain/vote.js';
import { RuleSetSchema } from '../../src/rules/rule-set.js';
import { CHOICE_CODE, expressedVotes, tallyChoiceCodes, tallyRecordedVotes, tallyVotes } from '../../src/rules/tally.js';

describe('tallyVotes', () => {
  it.each<[string, VoteChoice[], number, [number, number, number, number]]>([
    ['an empty roll call (principle 1)', [], 0, [0, 0, 0, 0]],
    ['one of each (R3.7, Q14)', ['yes', 'no', 'abstain', 'invalid'], 6, [1, 1, 1, 1]],
    ['all yes', ['yes', 'yes', 'yes'], 3, [3, 0, 0, 0]],
  ])('%s', (_name, choices, entitled, [yes, no, abstain, invalid]) => {
    expect(tallyVotes(choices, entitled)).toEqual({ entitled, yes, no, abstain, invalid });
  });

  it('throws when there are more papers than entitled members (R2.1)', () => {
    expect(() => tallyVotes(['yes', 'no'], 1)).toThrow(/2 ballot papers for an electorate of 1/);
  });
});

describe('tallyRecordedVotes', () => {
  const choice = fc.constantFrom<VoteChoice>('yes', 'no', 'abstain', 'invalid');
  const votes = fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), choice, { maxKeys: 250 });

  it('counts a recorded vote exactly as tallyVotes counts its papers (R2.1, R3.7, Q14)', () => {
    fc.assert(
      fc.property(votes, fc.nat(300), (record, extra) => {
        const papers = Object.keys(record).length;
        expect(tallyRecordedVotes(record, papers + extra)).toEqual(tallyVotes(Object.values(record), papers + extra));
      }),
      { numRuns: 1000 },
    );
  });

  it('throws, as tallyVotes does, when the record has more papers than entitled members (R2.1)', () => {
    fc.assert(
      fc.property(votes.filter((r) => Object.keys(r).length > 0), (record) => {
        const entitled = Object.keys(record).length - 1;
        expect(() => tallyRecordedVotes(record, entitled)).toThrow(/ballot papers for an electorate of/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('tallyChoiceCodes', () => {
  it('counts codes and ignores other bytes as not voting', () => {
    const codes = Uint8Array.from([CHOICE_CODE.yes, CHOICE_CODE.no, 9, CHOICE_CODE.abstain, 255, CHOICE_CODE.invalid, 0]);
    expect(tallyChoiceCodes(codes, 7)).toEqual({ entitled: 7, yes: 2, no: 1, abstain: 1, invalid: 1 });
  });

  it('counts a 1,000,000-member ballot (its speed is measured by npm run bench, not here)', () => {
    const codes = new Uint8Array(1_000_000).map((_, i) => i % 5);
    expect(tallyChoiceCodes(codes, codes.length)).toEqual({ entitled: 1_000_000, yes: 200_000, no: 200_000, abstain: 200_000, invalid: 200_000 });
  });

  it('throws when there are more papers than entitled members (R2.1)', () => {
    expect(() => tallyChoiceCodes(Uint8Array.from([0, 0]), 1)).toThrow(RangeError);
  });
});

describe('expressedVotes', () => {
  const tally = { entitled: 200, yes: 100, no: 50, abstain: 20, invalid: 5 };
  it.each<[string, object, number]>([
    ['yes and no only (R2.3)', {}, 150],
    ['with abstentions (variant)', { abstentionsInBase: true }, 170],
    ['with invalid papers (variant)', { invalidInBase: true }, 155],
  ])('%s', (_name, counting, expressed) => {
    expect(expressedVotes(tally, RuleSetSchema.parse({ counting }))).toBe(expressed);
  });
});
