import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VoteChoice } from '../../src/domain/vote.js';
import { decideQuestion } from '../../src/rules/majority.js';
import { sealBallot } from '../../src/rules/secret-ballot.js';
import { CHOICE_CODE, tallyChoiceCodes, tallyVotes } from '../../src/rules/tally.js';
import { arbChoiceCodes, arbChoicesWithElectorate, arbMembers, arbQuestionKind, arbRuleSet, arbVoteChoice } from '../../src/testing/index.js';

const runs = { numRuns: 1000 };
const CHOICES = Object.keys(CHOICE_CODE) as VoteChoice[];

describe('tally properties', () => {
  it('anonymity: permuting the papers changes neither the tally nor the decision (R2.1)', () => {
    const arbPermuted = arbChoicesWithElectorate().chain(({ choices, entitled }) =>
      fc
        .shuffledSubarray(choices, { minLength: choices.length, maxLength: choices.length })
        .map((shuffled) => ({ choices, shuffled, entitled })),
    );
    fc.assert(
      fc.property(arbPermuted, arbQuestionKind, arbRuleSet, ({ choices, shuffled, entitled }, question, rules) => {
        const a = tallyVotes(choices, entitled);
        expect(tallyVotes(shuffled, entitled)).toEqual(a);
        const decide = (t: typeof a) => decideQuestion(t, question, { totalMembers: 196 }, rules);
        expect(decide(tallyVotes(shuffled, entitled))).toEqual(decide(a));
      }),
      runs,
    );
  });

  it('conservation: the counts add up to the number of papers and never exceed the electorate (R2.1, R3.7)', () => {
    fc.assert(
      fc.property(arbChoicesWithElectorate(), ({ choices, entitled }) => {
        const t = tallyVotes(choices, entitled);
        const papers = t.yes + t.no + t.abstain + t.invalid;
        expect(papers).toBe(choices.length);
        expect(papers).toBeLessThanOrEqual(t.entitled);
      }),
      runs,
    );
  });

  it('tallyChoiceCodes equals tallyVotes over the same papers', () => {
    fc.assert(
      fc.property(arbChoiceCodes(), (codes) => {
        const choices = [...codes].flatMap((c) => (c < 4 ? [CHOICES[c]!] : []));
        expect(tallyChoiceCodes(codes, codes.length)).toEqual(tallyVotes(choices, codes.length));
      }),
      runs,
    );
  });

  it('a sealed secret ballot contains no member code (R3.3)', () => {
    const arbVoters = arbMembers().chain((members) =>
      fc.array(arbVoteChoice, { minLength: members.length, maxLength: members.length }).map((choices) => ({ members, choices })),
    );
    fc.assert(
      fc.property(arbVoters, ({ members, choices }) => {
        const json = JSON.stringify(sealBallot(choices, members.length));
        for (const member of members) expect(json).not.toContain(member.code);
      }),
      runs,
    );
  });
});
