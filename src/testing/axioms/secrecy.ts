import fc from 'fast-check';
import type { MemberCode } from '../../domain/ids.js';
import type { VoteChoice } from '../../domain/vote.js';
import { MEMBERS } from '../../registry/members.js';
import { sealBallot } from '../../rules/secret-ballot.js';
import { tallyVotes } from '../../rules/tally.js';
import { arbVoteChoice } from '../../arbitraries/tally.js';
import { questionScenario } from '../counterexample/question-scenario.js';
import type { Axiom } from './axiom.js';

/** Publishes a secret ballot from the members' papers; the real core is `sealBallot` (counts only). */
export type SealSecret = (papers: ReadonlyMap<MemberCode, VoteChoice>, entitled: number) => unknown;

export const sealSecret: SealSecret = (papers, entitled) => sealBallot(papers.values(), entitled);

interface Value {
  readonly papers: readonly (readonly [MemberCode, VoteChoice])[];
}

const arbValue: fc.Arbitrary<Value> = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...MEMBERS.map((m) => m.iso3)), arbVoteChoice), { maxLength: 40, selector: ([code]) => code })
  .map((papers) => ({ papers }));

/** The member codes that can be read in a published result. */
function leaked(v: Value, published: unknown): MemberCode[] {
  const text = JSON.stringify(published) ?? '';
  return v.papers.map(([code]) => code).filter((code) => new RegExp(`\\b${code}\\b`).test(text));
}

const publish = (v: Value, seal: SealSecret) => seal(new Map(v.papers), v.papers.length);

/** Secrecy: the published result of a secret ballot names no member that voted (R3.3, RPGA 39(3)). */
export const secrecy: Axiom<Value, SealSecret> = {
  name: 'secrecy',
  description: 'the published result of a secret ballot contains no member code of a voter',
  citation: 'R3.3',
  breakableByRules: false,
  property: (_rules, seal = sealSecret) => fc.property(arbValue, (v) => leaked(v, publish(v, seal)).length === 0),
  counterexample: (v, rules, seal = sealSecret) =>
    questionScenario({
      axiom: 'secrecy',
      rules,
      kind: 'resolution',
      notes: `Axiom secrecy broke: the published result of a secret ballot of ${v.papers.length} members names ${leaked(v, publish(v, seal)).join(', ')}.`,
      questions: [{ title: 'A secret ballot', tally: tallyVotes(v.papers.map(([, c]) => c), v.papers.length) }],
      extra: { members: { represented: { only: v.papers.length === 0 ? ['FRA'] : v.papers.map(([code]) => code) } } },
    }),
};
