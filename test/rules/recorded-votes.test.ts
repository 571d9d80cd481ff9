import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choicesOfVotes } from '../../src/domain/choices.js';
import type { RecordedVotes } from '../../src/domain/vote.js';
import { recordedVoteProblem, type RecordedVoteState } from '../../src/rules/recorded-votes.js';

// The electorate is frozen and sorted when the ballot opens (R2.1); France has voted yes.
const ballot: RecordedVoteState = { electorate: ['DEU', 'ESP', 'FRA', 'ITA'], choices: '--y-', method: 'electronic-recorded' };

describe('recordedVoteProblem (R2.1, R2.3, R3.2)', () => {
  it.each<[string, RecordedVotes | string, string | null]>([
    ['Germany votes yes: recorded (R2.1)', { DEU: 'yes' }, null],
    ['Germany and Spain at once, as letters: recorded (R2.1)', 'yn--', null],
    ['Afghanistan, outside the electorate, votes: refused (R2.1, no proxies)', { AFG: 'no' }, 'vote/not-entitled'],
    ['France votes a second time: refused (R2.1, one vote per member)', { FRA: 'no' }, 'vote/already-voted'],
    ['France again, as letters: refused (R2.1)', '--n-', 'vote/already-voted'],
    ['Italy spoils a paper in a recorded vote: refused (R2.3, R3.2: no paper to spoil)', { ITA: 'invalid' }, 'vote/no-papers'],
    ['the same, as letters (R3.2)', '---i', 'vote/no-papers'],
    ['three letters for an electorate of four: refused (R2.1, one letter per member)', 'yyy', 'vote/not-aligned'],
    ['nobody votes now, as letters: nothing to refuse', '----', null],
    ['a letter that is no choice: refused (R2.1, one letter of y, n, a, i or - per member)', 'yX--', 'vote/not-aligned'],
  ])('%s', (_name, incoming, code) => {
    const problem = recordedVoteProblem(ballot, incoming);
    expect(problem?.code ?? null).toBe(code);
    if (problem) expect(problem.message).toMatch(/\(R2\.\d|\(R2\.3, R3\.2\)/);
  });

  it('names the member it refuses', () => {
    expect(recordedVoteProblem(ballot, '--n-')?.message).toBe('FRA has already voted (R2.1: one vote per member)');
  });

  it('refuses votes member by member exactly when it refuses the same votes as letters', () => {
    const members = fc.constantFrom(...ballot.electorate);
    const choice = fc.constantFrom('yes', 'no', 'abstain', 'invalid') as fc.Arbitrary<'yes' | 'no' | 'abstain' | 'invalid'>;
    fc.assert(
      fc.property(fc.dictionary(members, choice), (votes) => {
        const asLetters = choicesOfVotes(ballot.electorate, votes);
        expect(recordedVoteProblem(ballot, votes) === null).toBe(recordedVoteProblem(ballot, asLetters) === null);
      }),
    );
  });
});
