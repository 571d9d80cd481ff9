import fc from 'fast-check';
import type { Tally, VoteChoice } from '../domain/vote.js';

/** One ballot paper on a proposal. */
export const arbVoteChoice: fc.Arbitrary<VoteChoice> = fc.constantFrom('yes', 'no', 'abstain', 'invalid');

/** A list of ballot papers, up to `maxLength` (default 300, above the 196 INTERPOL Members). */
export function arbChoices(maxLength = 300): fc.Arbitrary<VoteChoice[]> {
  return fc.array(arbVoteChoice, { maxLength });
}

/** Ballot papers with the electorate they were cast in (at least as many entitled as papers). */
export function arbChoicesWithElectorate(maxLength = 300): fc.Arbitrary<{ choices: VoteChoice[]; entitled: number }> {
  return arbChoices(maxLength).chain((choices) =>
    fc.nat({ max: 50 }).map((extra) => ({ choices, entitled: choices.length + extra })),
  );
}

/** A consistent tally: counts whose sum never exceeds the electorate. */
export const arbTally: fc.Arbitrary<Tally> = fc
  .record({
    yes: fc.nat({ max: 250 }),
    no: fc.nat({ max: 250 }),
    abstain: fc.nat({ max: 100 }),
    invalid: fc.nat({ max: 20 }),
    absent: fc.nat({ max: 50 }),
  })
  .map(({ absent, ...counts }) => ({
    entitled: counts.yes + counts.no + counts.abstain + counts.invalid + absent,
    ...counts,
  }));

/** Byte-coded papers for `tallyChoiceCodes`, including bytes that mean "did not vote". */
export function arbChoiceCodes(maxLength = 500): fc.Arbitrary<Uint8Array> {
  return fc.uint8Array({ maxLength }).map((bytes) => bytes.map((b) => (b % 8 < 4 ? b % 4 : b)));
}

/** A tally of one Assembly ballot: an electorate of 10 to `members`, with counts that never exceed it. */
export function arbAssemblyTally(members = 196): fc.Arbitrary<Tally> {
  return fc
    .record({
      entitled: fc.integer({ min: 10, max: members }),
      yes: fc.nat({ max: 1000 }),
      no: fc.nat({ max: 1000 }),
      abstain: fc.nat({ max: 100 }),
      invalid: fc.nat({ max: 20 }),
      absent: fc.nat({ max: 200 }),
    })
    .map(({ entitled, absent, ...w }) => {
      const total = w.yes + w.no + w.abstain + w.invalid + absent || 1;
      const share = (n: number) => Math.floor((n * entitled) / total);
      return { entitled, yes: share(w.yes), no: share(w.no), abstain: share(w.abstain), invalid: share(w.invalid) };
    });
}

/** A consistent tally whose electorate is at most `maxEntitled` (default the 196 INTERPOL Members). */
export function arbTallyWithin(maxEntitled = 196): fc.Arbitrary<Tally> {
  const n = fc.nat({ max: maxEntitled });
  return fc.tuple(n, n, n, n, n).map((parts) => {
    const sum = parts.reduce((a, b) => a + b, 0);
    // scale down rather than filter, so that shrinking stays cheap
    const [yes, no, abstain, invalid, absent] = parts.map((p) => (sum > maxEntitled ? Math.floor((p * maxEntitled) / sum) : p)) as [number, number, number, number, number];
    return { entitled: yes + no + abstain + invalid + absent, yes, no, abstain, invalid };
  });
}
