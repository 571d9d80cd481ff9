import fc from 'fast-check';
import type { Candidate, Committee } from '../../domain/election.js';
import type { CastBallot } from '../../rules/election/run-election.js';
import { checkComposition } from '../../rules/committee-composition.js';
import type { RuleSet } from '../../rules/rule-set.js';
import { arbCandidatePool, arbCastBallot } from '../../arbitraries/election.js';
import { arbCommittee } from '../../arbitraries/committee.js';
import { electionScenario } from '../counterexample/election-scenario.js';
import { runSessionElections, type RegionsToElect } from '../session-elections.js';
import type { Axiom } from './axiom.js';

const YEAR = 2025;

interface Value {
  readonly start: Committee;
  readonly pool: readonly Candidate[];
  readonly cast: CastBallot;
}

function violations(v: Value, rules: RuleSet, regionsToElect?: RegionsToElect) {
  const out = runSessionElections(v.start, YEAR, v.pool, v.cast, rules, regionsToElect);
  // a VP seat left vacant can leave a continent uncovered until the next session (R1.7)
  const codes = checkComposition(out.committee, rules).filter((x) => !(out.vacantVp && x.code === 'committee/presidency-continents'));
  return { ...out, codes };
}

/**
 * Composition: the Committee's constraints are satisfiable and satisfied: after a session of random
 * valid elections the Committee passes `checkComposition` (R1.5–R1.7, R9.3).
 */
export const composition: Axiom<Value, RegionsToElect> = {
  name: 'composition',
  description: 'after a session of random valid elections the Committee passes checkComposition',
  citation: 'R1.5–R1.7, R9.3',
  breakableByRules: true,
  property: (rules, regionsToElect) =>
    fc.property(fc.record({ start: arbCommittee(YEAR), pool: arbCandidatePool(), cast: arbCastBallot() }), (v) =>
      violations(v, rules, regionsToElect).codes.length === 0,
    ),
  counterexample: (v, rules, regionsToElect) => {
    const out = violations(v, rules, regionsToElect);
    return electionScenario({
      axiom: 'composition',
      rules,
      committee: v.start,
      year: YEAR,
      elections: out.elections,
      notes:
        `Axiom composition broke: after the session's elections the Committee has ${out.committee.seats.length} members and breaks ` +
        `${out.codes.map((c) => `${c.code} (${c.text})`).join('; ')}.`,
    });
  },
};
