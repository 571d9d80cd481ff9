import type { Committee } from '../domain/election.js';
import type { CompositionViolation } from '../domain/committee-check.js';
import { REGIONS } from '../domain/ids.js';
import type { RuleSet } from './rule-set.js';

/**
 * The breaches of the Committee's composition: at most 13 members (14 with a fourth VP, R1.7),
 * one President and at most 3 VPs (4 under R1.7), distinct countries (R1.5), presidency continents
 * distinct or, with four VPs, covering all four (R1.6, R1.7), Delegates per region (R9.3, Q11).
 */
export function checkComposition(committee: Committee, rules: RuleSet): readonly CompositionViolation[] {
  const e = rules.elections;
  const seats = committee.seats;
  const out: CompositionViolation[] = [];
  const add = (code: string, text: string, rule: string, source: string) => out.push({ code, text, citation: { rule, source } });
  const vps = seats.filter((s) => s.post === 'vice-president');
  const presidents = seats.filter((s) => s.post === 'president');
  const fourth = e.fourthVicePresident && vps.length === 4;
  if (seats.length > (fourth ? 14 : 13)) add('committee/too-many-members', `${seats.length} members`, 'R1.5', 'CONST Art 15');
  if (presidents.length > 1) add('committee/president-count', `${presidents.length} Presidents`, 'R1.5', 'CONST Art 15');
  if (vps.length > (fourth ? 4 : 3)) add('committee/vice-president-count', `${vps.length} Vice-Presidents`, 'R1.7', 'CONST Art 17 §2');
  const members = seats.map((s) => s.member);
  const repeated = members.filter((m, i) => members.indexOf(m) !== i);
  if (e.distinctCountries && repeated.length > 0) {
    add('committee/same-country', `more than one member from ${[...new Set(repeated)].join(', ')}`, 'R1.5', 'CONST Art 15');
  }
  const continents = [...presidents, ...vps].map((s) => s.region);
  const distinct = new Set(continents).size;
  const ok = fourth ? distinct === REGIONS.length : distinct === continents.length;
  if (e.distinctContinents && !ok) {
    add('committee/presidency-continents', `President and VPs come from ${continents.join(', ')}`, 'R1.6', 'CONST Art 16 §3');
  }
  for (const region of REGIONS) {
    const n = seats.filter((s) => s.post === 'delegate' && s.region === region).length;
    if (n > e.delegateSeats[region]) {
      add('committee/too-many-delegates', `${n} Delegates for ${region}, at most ${e.delegateSeats[region]}`, 'R9.3', 'Q11');
    }
  }
  return out;
}
