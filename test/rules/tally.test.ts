import { describe, expect, it } from 'vitest';
import type { VoteChoice } from '../../src/domain/vote.js';
import { RuleSetSchema } from '../../src/rules/rule-set.js';
import { CHOICE_CODE, expressedVotes, tallyChoiceCodes, tallyVotes } from '../../src/rules/tally.js';

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

describe('tallyChoiceCodes', () => {
  it('counts codes and ignores other bytes as not voting', () => {
    const codes = Uint8Array.from([CHOICE_CODE.yes, CHOICE_CODE.no, 9, CHOICE_CODE.abstain, 255, CHOICE_CODE.invalid, 0]);
    expect(tallyChoiceCodes(codes, 7)).toEqual({ entitled: 7, yes: 2, no: 1, abstain: 1, invalid: 1 });
  });

  it('counts well over 20 million votes per second', () => {
    const codes = new Uint8Array(20_000_000).map((_, i) => i % 5);
    const start = performance.now();
    const tally = tallyChoiceCodes(codes, codes.length);
    const seconds = (performance.now() - start) / 1000;
    expect(tally.yes).toBe(4_000_000);
    expect(codes.length / seconds).toBeGreaterThan(20_000_000);
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
