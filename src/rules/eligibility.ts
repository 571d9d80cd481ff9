import type { Candidate, Committee, Post } from '../domain/election.js';
import type { Eligibility } from '../domain/committee-check.js';
import type { Region } from '../domain/ids.js';
import type { RuleSet } from './rule-set.js';

const REGION = { rule: 'R9.2', source: 'CONST Art 17 §2; practice (R9.3)' };
const BAR = { rule: 'R1.8', source: 'CONST Arts 17 §1, 19 (Q17)' };
const COUNTRY = { rule: 'R1.5', source: 'CONST Art 15' };
const CONTINENT = { rule: 'R1.6', source: 'CONST Art 16 §3' };
const MOVE_UP = { rule: 'R1.5', source: 'CONST Art 15; order of elections (Q7)' };
const RANK: Readonly<Record<Post, number>> = { delegate: 0, 'vice-president': 1, president: 2 };

/**
 * Whether a candidate may stand for a seat at this session (R4.6 scrutiny): the seat's region
 * (R9.2, R9.3), the re-election bars at the session where the person's own term ends (R1.8, Q17),
 * a person already holding a continuing seat stands only for a higher post (Q7: the vacated Delegate
 * or VP seat can be refilled, a vacated higher seat could not), a country not already on the
 * continuing Committee (R1.5) and, for a VP, a continent not held by the President or a continuing
 * VP (R1.6; a President may share one, R1.7 then adds a fourth VP).
 * A person is identified by member country and holder name; their own seats do not count against them.
 */
export function candidateEligibility(
  committee: Committee,
  candidate: Candidate,
  target: { post: Post; region: Region | null },
  sessionYear: number,
  rules: RuleSet,
): Eligibility {
  const e = rules.elections;
  const own = (s: { member: string; holder: string }) => s.member === candidate.member && s.holder === candidate.name;
  if (target.post !== 'president' && target.region !== null && candidate.region !== target.region) {
    return refuse('eligibility/region-mismatch', `${candidate.name} stands for ${candidate.region}, the seat is for ${target.region}`, REGION);
  }
  if (e.reelectionBar) {
    const ending = committee.seats.filter((s) => own(s) && s.termEnds === sessionYear);
    const barred = ending.find((s) => s.post === target.post || (s.post !== 'delegate' && target.post === 'delegate'));
    if (barred) {
      return refuse('eligibility/reelection-bar', `${candidate.name}'s term as ${barred.post} ends at this session; not immediately re-eligible as ${target.post}`, BAR);
    }
  }
  const held = committee.seats.find((s) => own(s) && s.termEnds > sessionYear && RANK[s.post] >= RANK[target.post]);
  if (held) {
    return refuse('eligibility/already-seated', `${candidate.name} already holds a continuing ${held.post} seat; only a higher post may be sought`, MOVE_UP);
  }
  const others = committee.seats.filter((s) => s.termEnds > sessionYear && !own(s));
  if (e.distinctCountries && others.some((s) => s.member === candidate.member)) {
    return refuse('eligibility/same-country', `${candidate.member} already has a member on the Committee`, COUNTRY);
  }
  const presidency = others.filter((s) => s.post === 'president' || s.post === 'vice-president');
  // a President may share a VP's continent only when R1.7 can elect a fourth VP to restore coverage
  const checked = target.post === 'vice-president' || (target.post === 'president' && !e.fourthVicePresident);
  if (e.distinctContinents && checked && presidency.some((s) => s.region === candidate.region)) {
    return refuse('eligibility/same-continent', `the President or a Vice-President already comes from ${candidate.region}`, CONTINENT);
  }
  return { eligible: true };
}

function refuse(code: string, reason: string, citation: Eligibility['citation']): Eligibility {
  return { eligible: false, code, reason, ...(citation ? { citation } : {}) };
}
