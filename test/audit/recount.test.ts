import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditBallot, ballotLine, type BallotToAudit } from '../../src/audit/audit-ballot.js';
import { countOfRecord, recount, type PaperChoice } from '../../src/audit/recount.js';
import type { VoteChoice } from '../../src/domain/vote.js';
import { CHOICE_CODE, tallyChoiceCodes, tallyRecordedVotes, tallyVotes } from '../../src/rules/tally.js';
import { arbVoteChoice } from '../../src/arbitraries/tally.js';

const YES_NO: PaperChoice[] = [
  { id: 'yes', name: 'yes' },
  { id: 'no', name: 'no' },
];
const PAPER: PaperChoice[] = [
  { id: 'amin', name: 'AMIN (KEN)' },
  { id: 'fetoui', name: 'FETOUI (TUN)' },
];
const members = (n: number) => Array.from({ length: n }, (_, i) => `M${String(i).padStart(3, '0')}`);
const asTally = (r: ReturnType<typeof recount>) => ({
  entitled: r.count.entitled,
  yes: r.count.votes.find((v) => v.choice.id === 'yes')!.votes,
  no: r.count.votes.find((v) => v.choice.id === 'no')!.votes,
  abstain: r.count.abstain,
  invalid: r.count.invalid,
});

describe('the verifier recounts', () => {
  it.each<[string, Record<string, VoteChoice>, number, object, string[]]>([
    ['no papers', {}, 3, { entitled: 3, yes: 0, no: 0, abstain: 0, invalid: 0 }, []],
    ['every choice', { M000: 'yes', M001: 'no', M002: 'abstain', M003: 'yes' }, 5, { entitled: 5, yes: 2, no: 1, abstain: 1, invalid: 0 }, []],
    ['a spoiled paper', { M000: 'invalid', M001: 'yes' }, 2, { entitled: 2, yes: 1, no: 0, abstain: 0, invalid: 1 }, []],
    ['a paper from outside the electorate, not counted', { M000: 'yes', X999: 'no' }, 2, { entitled: 2, yes: 1, no: 0, abstain: 0, invalid: 0 }, ['1 paper from members not entitled to vote in this ballot']],
  ])('recorded papers: %s', (_name, papers, entitled, tally, findings) => {
    const result = recount({ kind: 'papers', papers }, members(entitled), YES_NO);
    expect(asTally(result)).toEqual(tally);
    expect(result.findings).toEqual(findings);
  });

  it.each<[string, Record<string, number>, number, number, number, (number | string)[]]>([
    ['a question', { yes: 10, no: 4 }, 2, 1, 20, [10, 4]],
    ['a question with no "no"', { yes: 3 }, 0, 0, 5, [3, 0]],
    ['too many papers', { yes: 4, no: 2 }, 0, 0, 5, [4, 2, '6 papers for 5 members entitled to vote']],
    ['a choice not on the paper', { yes: 1, maybe: 2 }, 0, 0, 5, [1, 0, '2 votes counted for "maybe", which is not on the paper']],
  ])('tellers\' counts: %s', (_name, counts, abstain, invalid, entitled, expected) => {
    const result = recount({ kind: 'counts', counts, abstain, invalid }, members(entitled), YES_NO);
    expect([...result.count.votes.map((v) => v.votes), ...result.findings]).toEqual(expected);
    expect(result.count).toMatchObject({ entitled, abstain, invalid });
  });

  it('an election ballot, candidate by candidate, in the order of the paper', () => {
    const result = recount({ kind: 'counts', counts: { fetoui: 74, amin: 89 }, abstain: 6, invalid: 1 }, members(170), PAPER);
    expect(result.count.votes.map((v) => [v.choice.name, v.votes])).toEqual([['AMIN (KEN)', 89], ['FETOUI (TUN)', 74]]);
    expect(countOfRecord({ entitled: 170, abstain: 6, invalid: 1, votes: { amin: 89, fetoui: 74 } }, PAPER)).toEqual(result.count);
  });

  it('a recount equal to the record reads "recounted = recorded" with names and figures', () => {
    const ballot: BallotToAudit = {
      line: 87,
      title: 'Election of the Delegate for Africa, ballot 1',
      method: 'a secret ballot',
      secret: true,
      electorate: members(170),
      choices: PAPER,
      figures: { kind: 'counts', counts: { amin: 89, fetoui: 74 }, abstain: 6, invalid: 1 },
      recorded: { entitled: 170, abstain: 6, invalid: 1, votes: { amin: 89, fetoui: 74 } },
    };
    expect(ballotLine(auditBallot(ballot))).toBe(
      'line 87: Election of the Delegate for Africa, ballot 1 (a secret ballot): recounted = recorded: AMIN (KEN) 89, FETOUI (TUN) 74, 6 abstentions, 1 invalid paper (170 papers, 170 entitled)',
    );
    const differs = auditBallot({ ...ballot, recorded: { entitled: 170, abstain: 6, invalid: 1, votes: { amin: 88, fetoui: 75 } } });
    expect(differs.equal).toBe(false);
    expect(ballotLine(differs)).toBe(
      'line 87: Election of the Delegate for Africa, ballot 1 (a secret ballot): DIFFERS: AMIN (KEN) recounted 89, recorded 88; FETOUI (TUN) recounted 74, recorded 75',
    );
    expect(ballotLine(auditBallot({ ...ballot, recorded: null }))).toMatch(/DIFFERS: the session recorded no result for this ballot$/);
  });

  it('never counts or shows members\' choices given for a secret ballot', () => {
    const audit = auditBallot({
      line: 9,
      title: 'Draft budget',
      method: 'a secret ballot',
      secret: true,
      electorate: members(3),
      choices: YES_NO,
      figures: { kind: 'papers', papers: { M000: 'yes', M001: 'no' } },
      recorded: { entitled: 3, yes: 1, no: 1, abstain: 0, invalid: 0 },
    });
    expect(audit.equal).toBe(false);
    const text = ballotLine(audit) + JSON.stringify(audit);
    expect(text).toMatch(/members' choices for a secret ballot/);
    expect(text).not.toMatch(/M00[01]/);
  });
});

describe('the verifier\'s tally against the rules core (differential)', () => {
  const papers = fc.integer({ min: 0, max: 200 }).chain((n) =>
    fc.record({
      entitled: fc.integer({ min: n, max: n + 30 }),
      choices: fc.array(fc.option(arbVoteChoice, { nil: undefined }), { minLength: n, maxLength: n }),
    }),
  );

  it('recorded papers recount as tallyRecordedVotes, tallyVotes and tallyChoiceCodes count them', () => {
    fc.assert(
      fc.property(papers, ({ entitled, choices }) => {
        const electorate = members(entitled);
        const votes: Record<string, VoteChoice> = {};
        choices.forEach((c, i) => c !== undefined && (votes[electorate[i]!] = c));
        const cast = Object.values(votes);
        const ours = asTally(recount({ kind: 'papers', papers: votes }, electorate, YES_NO));
        expect(ours).toEqual(tallyRecordedVotes(votes, entitled));
        expect(ours).toEqual(tallyVotes(cast, entitled));
        expect(ours).toEqual(tallyChoiceCodes(Uint8Array.from(choices.map((c) => (c === undefined ? 9 : CHOICE_CODE[c]))), entitled));
      }),
      { numRuns: 200 },
    );
  });

  it('tellers\' counts recount as the rules core counts the same papers one by one', () => {
    const counts = fc.record({ yes: fc.nat(80), no: fc.nat(80), abstain: fc.nat(20), invalid: fc.nat(5), absent: fc.nat(20) });
    fc.assert(
      fc.property(counts, ({ yes, no, abstain, invalid, absent }) => {
        const entitled = yes + no + abstain + invalid + absent;
        const expand = (c: VoteChoice, n: number) => Array.from({ length: n }, () => c);
        const rules = tallyVotes([...expand('yes', yes), ...expand('no', no), ...expand('abstain', abstain), ...expand('invalid', invalid)], entitled);
        const ours = recount({ kind: 'counts', counts: { yes, no }, abstain, invalid }, members(entitled), YES_NO);
        expect(asTally(ours)).toEqual(rules);
        expect(ours.findings).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('papers from members outside the electorate are never counted, only reported', () => {
    fc.assert(
      fc.property(papers, fc.integer({ min: 1, max: 5 }), ({ entitled, choices }, strangers) => {
        const electorate = members(entitled);
        const votes: Record<string, VoteChoice> = {};
        choices.forEach((c, i) => c !== undefined && (votes[electorate[i]!] = c));
        const inside = tallyRecordedVotes(votes, entitled);
        for (let i = 0; i < strangers; i++) votes[`X${i}`] = 'yes';
        const ours = recount({ kind: 'papers', papers: votes }, electorate, YES_NO);
        expect(asTally(ours)).toEqual(inside);
        expect(ours.findings[0]).toMatch(new RegExp(`^${strangers} papers? from members not entitled`));
      }),
      { numRuns: 100 },
    );
  });
});
