import type { Voter } from '../../../src/sim/continue-session.js';

/**
 * A deterministic voter for the machine's own tests (runs use `src/sim/voter.ts`): every member
 * votes yes; in an election, three members in four vote for the first candidate by id and the
 * fourth for the second, so that the first candidate wins on the first ballot.
 */
export const defaultVoter: Voter = (request) => {
  const electorate = request.electorate;
  if (!request.secret) return { type: 'delegation.castBallot', votes: Object.fromEntries(electorate.map((m) => [m, 'yes'])) };
  const ids = request.paper.map((c) => c.id).sort();
  const choices = ids.length > 1 ? ids.slice(0, 2) : ['yes'];
  const counts: Record<string, number> = Object.fromEntries(choices.map((c) => [c, 0]));
  electorate.forEach((_, i) => {
    const choice = choices[i % 4 === 3 ? choices.length - 1 : 0]!;
    counts[choice] = counts[choice]! + 1;
  });
  return { type: 'tellers.reportCount', counts, abstain: 0, invalid: 0 };
};
