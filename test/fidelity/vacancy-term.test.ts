import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gasimJson, scenarioFile } from './support.js';

type Result = { elections: { reopened: boolean; elected: string[]; candidates: { id: string; name: string }[] }[]; committee: { holder: string; termEnds: number }[] };

/** The holders elected to reopened seats, with the year their term ends. */
function reopenedTerms(r: Result): Record<string, number> {
  const names = r.elections.filter((e) => e.reopened).flatMap((e) => e.elected.map((id) => e.candidates.find((c) => c.id === id)!.name));
  return Object.fromEntries(r.committee.filter((s) => names.includes(s.holder)).map((s) => [s.holder, s.termEnds]));
}

// R4.13 (and Q7): `rules.elections.vacancyTerm: remainder` was inert — the machine never told the
// rules core which term a reopened seat had left. Seats reopened during the session, and seats
// vacated before it (`earlyVacancy`), now keep the rest of their term under `remainder`.
describe('a seat filled for the remainder of its term (R4.13, Q7)', () => {
  const text = readFileSync('scenarios/marrakech-2025.yaml', 'utf8');

  it('gives the Delegates elected to the seats Philippe and Wang Yong left a full term by default (RPGA 49(5))', async () => {
    const terms = Object.values(reopenedTerms(await gasimJson('run', 'scenarios/marrakech-2025.yaml', '--json')));
    expect(terms.length).toBe(2);
    expect(terms).toEqual([2028, 2028]);
  });

  it('gives them the rest of their predecessors\' 2024–2027 terms under vacancyTerm: remainder', async () => {
    const file = scenarioFile('remainder.yaml', text.replace('rules:\n  name: INTERPOL defaults\n', 'rules:\n  name: remainder\n  elections: { vacancyTerm: remainder }\n'));
    expect(Object.values(reopenedTerms(await gasimJson('run', file, '--json')))).toEqual([2027, 2027]);
  });
});
