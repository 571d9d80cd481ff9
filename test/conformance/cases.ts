import { expect } from 'vitest';
import type { RunResult } from '../../src/sim/run-result.js';

/**
 * The rule-conformance table (issue 13, item 8): for each rule of `interpol-rules.md` (R1–R9) and
 * each project default (Q1–Q24) the session implements, whole-session cases: a scenario file in,
 * `gasim …` out (in-process, through the CLI's own `main`), and the rule's observable effect
 * asserted. `rules.test.ts` runs them; `catalogue.ts` lists every rule with the cases or the reason
 * it is not implemented, and the README's conformance table is rendered from both.
 *
 * A case names the command it runs (`gasim run <file> --json` unless said otherwise). A variant
 * applies text replacements to the scenario file first (a setting switched, a count changed), so
 * that the effect of a setting is shown against the file's default.
 */
export interface Output {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  /** The parsed `--json` result, when the command printed one. */
  readonly json: RunResult & Record<string, any>;
}

export interface Run {
  /**
   * `run` (the default, with `--json`), `minutes` (`gasim run` without `--json`), `validate`, or
   * `resume`: the file is run with `--journal`, the journal cut after the `afterOpenItem`-th item
   * is opened, the `events` appended (what a delegation or the chair does there, as the TUI would
   * send it), and `gasim resume <journal> --json` runs the session to its end.
   */
  readonly command?: 'run' | 'minutes' | 'validate' | 'resume';
  readonly resume?: { readonly afterOpenItem: number; readonly events: readonly Readonly<Record<string, unknown>>[] };
  readonly file: string;
  /** Text replacements applied to the file, in order; each must match. */
  readonly variant?: readonly (readonly [string, string])[];
  readonly args?: readonly string[];
}

export interface Case {
  /** Rule and default numbers the case cites (R2.6, Q3, …). */
  readonly rules: readonly string[];
  /** What the case shows, in words; the test is named `<rules>: <name>`. */
  readonly name: string;
  readonly run: Run;
  readonly check: (o: Output) => void;
}

const F = 'test/fixtures/conformance';
const PROCEDURE: Run = { file: `${F}/procedure.yaml` };
const PROCEDURE_MINUTES: Run = { command: 'minutes', file: `${F}/procedure.yaml` };
const ELECTIONS: Run = { file: `${F}/elections.yaml` };
const MARRAKECH: Run = { file: 'scenarios/marrakech-2025.yaml' };
const ARREARS: Run = { file: 'scenarios/arrears-crisis.yaml' };
const QUORUM: Run = { file: 'test/fixtures/fidelity/quorum-low-attendance.yaml' };

type Decision = RunResult['decisions'][number];
type Election = RunResult['elections'][number];

/** The decision on an item's own question (or on an amendment, an additional item, …). */
export function decision(r: RunResult, item: string, subject = 'proposal'): Decision {
  const found = r.decisions.find((d) => d.item === item && d.subject === subject);
  if (!found) throw new Error(`no decision on ${item} (${subject}); decisions: ${r.decisions.map((d) => `${d.item}/${d.subject}`).join(', ')}`);
  return found;
}

function seat(r: RunResult, item: string, n = 1): Election {
  const found = r.elections.find((e) => e.item === item && e.seat === n);
  if (!found) throw new Error(`no seat ${n} of ${item}`);
  return found;
}

const counts = (d: { announcement: { counts: readonly { label: string; votes: number }[] } | null }) => Object.fromEntries(d.announcement!.counts.map((c) => [c.label, c.votes]));
const excludedFrom = (d: Decision) => Object.fromEntries(d.electorate.excluded.map((x) => [x.member, `${x.reason} ${x.rule}`]));
const excludedNominees = (e: Election) => Object.fromEntries(e.excluded.map((x) => [x.candidate, x.rule]));
const holder = (r: RunResult, name: string) => r.committee.find((s) => s.holder === name);

export const CASES: readonly Case[] = [
  // ── 1. Bodies, membership, composition ────────────────────────────────────────────────────
  {
    rules: ['R1.1', 'R4.4'],
    name: 'a nominee who is not in the delegation of the member is left off the paper',
    run: ELECTIONS,
    check: ({ json }) => {
      expect(seat(json, 'president').excluded).toContainEqual(expect.objectContaining({ candidate: 'petrov', rule: 'R4.4', reason: 'Ivan Petrov is not in the delegation of BGR' }));
      expect(seat(json, 'president').paper).not.toContain('petrov');
    },
  },
  {
    rules: ['R1.4', 'R2.5', 'Q24'],
    name: 'an applicant admitted by two-thirds becomes a member and votes from the next item',
    run: PROCEDURE,
    check: ({ json }) => {
      const admission = decision(json, 'membership-tuv');
      expect(admission.threshold).toMatchObject({ majority: 'two-thirds-present-voting', base: 130, required: 87 });
      expect(admission.decision).toBe('adopted');
      expect(admission.electorate.entitled).not.toContain('TUV');
      expect(decision(json, 'res-data', 'amendment:am-far').electorate.entitled).toContain('TUV');
      expect(json.members).toMatchObject({ atOpening: 196, total: 197, admitted: [{ code: 'TUV', item: 'membership-tuv' }] });
    },
  },
  {
    rules: ['R1.4', 'R2.5'],
    name: 'Beijing 2017: Palestine admitted with 75 yes, 24 no, 34 abstentions (two-thirds of 99 is 66)',
    run: { file: 'scenarios/beijing-2017.yaml' },
    check: ({ json }) => {
      const d = decision(json, 'membership-pse');
      expect({ decision: d.decision, counts: counts(d), abstentions: d.announcement!.abstentions, required: d.threshold!.required }).toEqual({ decision: 'adopted', counts: { yes: 75, no: 24 }, abstentions: 34, required: 66 });
    },
  },
  {
    rules: ['Q24'],
    name: 'with admittedMembersVote: next-session the admitted member does not vote at this session',
    run: { ...PROCEDURE, variant: [['rules: {}', 'rules: { admittedMembersVote: next-session }']] },
    check: ({ json }) => {
      expect(json.members.total).toBe(197);
      expect(decision(json, 'res-data', 'amendment:am-far').electorate.entitled).not.toContain('TUV');
    },
  },
  {
    rules: ['R1.5'],
    name: 'a nominee from a country already on the continuing Committee is left off the paper',
    run: ELECTIONS,
    check: ({ json }) => expect(excludedNominees(seat(json, 'president')).medina).toBe('R1.5'),
  },
  {
    rules: ['R1.6', 'R4.12', 'R9.2', 'Q9'],
    name: 'after the President is elected, Vice-President seats go to the continents the President and continuing VPs leave uncovered',
    run: ELECTIONS,
    check: ({ json }) => {
      // President from Europe; continuing VPs for the Americas and Europe; the Asian VP's term ends
      expect(json.elections.filter((e) => e.item === 'vice-presidents').map((e) => e.region)).toEqual(['AFRICA', 'ASIA']);
      expect(excludedNominees(seat(json, 'vice-presidents', 1))).toMatchObject({ nair: 'R9.2', lin: 'R9.2' });
    },
  },
  {
    rules: ['Q9', 'R9.2'],
    name: 'Marrakech 2025: the Vice-President seat vacated in Europe is filled for Asia (Wang Yong)',
    run: MARRAKECH,
    check: ({ json }) => expect(seat(json, 'elect-vice-president')).toMatchObject({ region: 'ASIA', elected: ['wang-yong'] }),
  },
  {
    rules: ['R1.7'],
    name: 'a President from a continent a continuing VP holds brings a fourth Vice-President: four VPs cover the four continents',
    run: ELECTIONS,
    check: ({ json }) => {
      const vps = json.committee.filter((s) => s.post === 'vice-president');
      expect(vps.map((s) => s.region).sort()).toEqual(['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE']);
    },
  },
  {
    rules: ['R1.8', 'Q17'],
    name: 'a President and a VP whose terms end at this session are not re-eligible to the same post',
    run: ELECTIONS,
    check: ({ json }) => {
      expect(seat(json, 'president').excluded).toContainEqual(expect.objectContaining({ candidate: 'adeyemi', rule: 'R1.8' }));
      expect(seat(json, 'vice-presidents', 2).excluded).toContainEqual(expect.objectContaining({ candidate: 'lin', rule: 'R1.8', reason: "Wei Lin's term as vice-president ends at this session; not immediately re-eligible as vice-president" }));
    },
  },
  {
    rules: ['R1.8', 'R1.9', 'Q23'],
    name: 'terms: President 4 years, VPs and Delegates 3; seats whose term ends leave the Committee at the close',
    run: ELECTIONS,
    check: ({ json }) => {
      expect(holder(json, 'Lars Jensen')).toMatchObject({ post: 'president', elected: 2030, termEnds: 2034 });
      expect(holder(json, 'Amina Diallo')).toMatchObject({ post: 'vice-president', termEnds: 2033 });
      expect(holder(json, 'Grace Wanjiru')).toMatchObject({ post: 'delegate', termEnds: 2033 });
      for (const gone of ['Folake Adeyemi', 'Wei Lin', 'Sara Haddou']) expect(holder(json, gone)).toBeUndefined();
      expect(holder(json, 'Kwame Mensah')).toMatchObject({ termEnds: 2031 });
    },
  },

  {
    rules: ['R1.8', 'Q17'],
    name: 'with elections.reelectionBar: false the outgoing President and Vice-President may stand again',
    run: { ...ELECTIONS, variant: [['rules: {}', 'rules: { elections: { reelectionBar: false } }'], ['counts: { yes: 120, no: 15 }', 'counts: { nair: 120, lin: 15 }']] },
    check: ({ json }) => {
      expect(seat(json, 'president').paper).toContain('adeyemi');
      expect(seat(json, 'vice-presidents', 2).paper).toEqual(['nair', 'lin']);
    },
  },

  // ── 2. Voting rights and majorities ───────────────────────────────────────────────────────
  {
    rules: ['R2.1'],
    name: 'members without a delegation have no vote, and a recorded vote holds one choice per entitled member',
    run: PROCEDURE,
    check: ({ json }) => {
      const venue = decision(json, 'venue');
      expect(excludedFrom(venue)).toMatchObject({ AFG: 'not-represented R2.1', SOM: 'not-represented R2.1' });
      const recorded = Object.keys(venue.recorded ?? {});
      expect(recorded.length).toBeGreaterThan(0);
      expect(recorded.every((m) => venue.electorate.entitled.includes(m))).toBe(true);
    },
  },
  {
    rules: ['R2.2', 'R2.3', 'Q4'],
    name: 'a resolution passes by a simple majority of the votes expressed, abstentions and invalid papers left out',
    run: PROCEDURE,
    check: ({ json }) => {
      const waiver = decision(json, 'waiver-ven');
      expect(waiver.announcement).toMatchObject({ abstentions: 5, invalid: 3, expressed: 130, majorityRequired: 66 });
      expect(decision(json, 'res-data').threshold).toMatchObject({ majority: 'simple', base: 150, required: 76 });
      expect(decision(json, 'res-data').trail[0]!.citation.rule).toBe('R2.2');
    },
  },
  {
    rules: ['R2.3'],
    name: 'a delegation absent from a sitting does not vote that day',
    run: PROCEDURE,
    check: ({ json }) => {
      expect(excludedFrom(decision(json, 'programme')).YEM).toBe('absent R2.3');
      expect(decision(json, 'budget').electorate.entitled).toContain('YEM');
    },
  },
  {
    rules: ['R2.4'],
    name: 'a majority of the Members is counted on the whole membership, present or not',
    run: { ...PROCEDURE, variant: [['rules: {}', 'rules: { majorities: { venue: majority-all-members } }']] },
    check: ({ json }) => expect(decision(json, 'venue').threshold).toMatchObject({ majority: 'majority-all-members', base: 197, required: 99 }),
  },
  {
    rules: ['R2.5', 'R5.5', 'Q3'],
    name: 'an additional item goes on the agenda with exactly two-thirds (100 of 150) and is taken up at the end of the day',
    run: PROCEDURE,
    check: ({ json }) => {
      const placed = decision(json, 'agenda', 'additional-item:urgent');
      expect(placed.threshold).toMatchObject({ majority: 'two-thirds-present-voting', base: 150, required: 100 });
      expect(placed.decision).toBe('adopted');
      expect(decision(json, 'agenda').threshold!.majority).toBe('simple');
      const day1 = json.items.filter((i) => i.day === 1).map((i) => i.id);
      expect(day1.slice(-2)).toEqual(['closing-day-1', 'urgent']);
    },
  },
  {
    rules: ['R2.5', 'Q3'],
    name: 'a General Regulations amendment needs two-thirds present and voting: 99 of 150 is one short',
    run: PROCEDURE,
    check: ({ json }) => {
      const d = decision(json, 'gr-amendment');
      expect({ decision: d.decision, required: d.threshold!.required, rule: d.trail[0]!.citation.rule }).toEqual({ decision: 'rejected', required: 100, rule: 'R2.5(c),(d)' });
    },
  },
  {
    rules: ['R2.6', 'Q3'],
    name: 'a Constitution amendment needs two-thirds of all Members: 132 of 197 once an applicant is admitted, 131 fails',
    run: PROCEDURE,
    check: ({ json }) => {
      const d = decision(json, 'const-amendment');
      expect(d.threshold).toMatchObject({ majority: 'two-thirds-all-members', base: 197, required: 132, arithmetic: 'two-thirds of 197 members of the Organization is 132' });
      expect(d.decision).toBe('rejected');
    },
  },
  {
    rules: ['R2.8', 'R8.1'],
    name: 'a member suspended for arrears votes on a Constitution amendment and on nothing else',
    run: PROCEDURE,
    check: ({ json }) => {
      expect(excludedFrom(decision(json, 'programme')).VEN).toBe('arrears R8.1');
      expect(decision(json, 'const-amendment').electorate.entitled).toContain('VEN');
    },
  },
  {
    rules: ['R2.8'],
    name: 'with arrears.exemptConstitutionAmendments: false the suspended member does not vote on the amendment either',
    run: { ...PROCEDURE, variant: [['rules: {}', 'rules: { arrears: { exemptConstitutionAmendments: false } }']] },
    check: ({ json }) => expect(excludedFrom(decision(json, 'const-amendment')).VEN).toBe('arrears R8.1'),
  },
  {
    rules: ['R2.10', 'Q1'],
    name: 'no quorum by default; with the UN-style quorum on, a sitting with 86 of 196 present takes no decision',
    run: QUORUM,
    check: ({ json }) => {
      expect(json.quorum.find((q) => q.stage === 'decide' && q.item === 'budget')).toMatchObject({ day: 1, present: 86, needed: 99, met: false });
      expect(decision(json, 'budget').day).toBe(2);
    },
  },
  {
    rules: ['R2.10', 'Q1'],
    name: 'the same sitting with quorum.enabled: false (the INTERPOL default) decides on day 1',
    run: { ...QUORUM, variant: [['quorum: { enabled: true }', 'quorum: { enabled: false }']] },
    check: ({ json }) => {
      expect(json.quorum).toEqual([]);
      expect(decision(json, 'budget').day).toBe(1);
    },
  },
  {
    rules: ['Q2'],
    name: 'an equally divided vote rejects the proposal',
    run: PROCEDURE_MINUTES,
    check: ({ out }) => expect(out).toContain('Needed 81, obtained 80: 1 short, rejected. Equally divided: the proposal is rejected (Q2).'),
  },

  // ── 3. Voting methods and announcements ───────────────────────────────────────────────────
  {
    rules: ['R3.1'],
    name: 'votes are electronic recorded by default; show of hands and consensus when the item says so',
    run: PROCEDURE,
    check: ({ json }) => {
      expect(decision(json, 'budget').method).toBe('electronic-recorded');
      expect(decision(json, 'framework')).toMatchObject({ method: 'show-of-hands', decision: 'adopted' });
      expect(decision(json, 'framework').recorded).toBeUndefined();
      expect(decision(json, 'res-consensus')).toMatchObject({ method: 'consensus', decision: 'adopted', announcement: null });
    },
  },
  {
    rules: ['R3.2'],
    name: 'a roll call is taken and recorded in French alphabetical order',
    run: PROCEDURE_MINUTES,
    check: ({ out }) => {
      const annex = out.slice(out.indexOf('## Annex: recorded votes (French alphabetical order, R3.2)'));
      const yes = /^- Yes \(\d+\): (.*)$/m.exec(annex)![1]!.split(', ');
      expect(yes.length).toBeGreaterThan(100);
      // Allemagne (Germany) before Autriche and États-Unis; the French names, in French order
      expect(yes.slice(0, 3)).toEqual(['Albanie', 'Algérie', 'Allemagne']);
      expect(yes).toEqual([...yes].sort(new Intl.Collator('fr').compare));
    },
  },
  {
    rules: ['R3.3', 'R3.6', 'Q14'],
    name: 'a secret ballot publishes totals only: abstentions and invalid papers apart, no member linked to a choice',
    run: PROCEDURE,
    check: ({ json }) => {
      const waiver = decision(json, 'waiver-ven');
      expect(waiver.method).toBe('secret');
      expect(waiver.recorded).toBeUndefined();
      expect(waiver.announcement).toMatchObject({ abstentions: 5, invalid: 3, expressed: 130 });
    },
  },
  {
    rules: ['R3.4'],
    name: 'elections are held by secret ballot: the minutes show counts only',
    run: { command: 'minutes', file: `${F}/elections.yaml` },
    check: ({ out }) => {
      for (const seatName of ['President', 'Vice-President for Africa', 'Vice-President for Asia, seat 2', 'Delegate for Africa']) expect(out).toContain(`**${seatName}**, by secret ballot (R3.3, R3.4).`);
      // the annex of recorded votes holds the agenda (the Board is set up by show of hands, R4.6), never an election
      const annex = out.slice(out.indexOf('## Annex: recorded votes'));
      expect(annex.match(/^\*\*\d+\. .*\*\*$/gm)).toEqual(['**2. Adoption of the agenda**']);
    },
  },
  {
    rules: ['R3.7'],
    name: 'a result is announced in the order of RPGA 40(4), the counts in decreasing order',
    run: PROCEDURE,
    check: ({ json }) => {
      const budget = decision(json, 'budget');
      expect(Object.keys(budget.announcement!).slice(0, 6)).toEqual(['entitled', 'abstentions', 'invalid', 'expressed', 'majorityRequired', 'counts']);
      expect(budget.announcement!.counts).toEqual([{ label: 'no', votes: 90 }, { label: 'yes', votes: 60 }]);
    },
  },

  // ── 4. Elections to the Executive Committee ───────────────────────────────────────────────
  {
    rules: ['R4.2'],
    name: 'a nomination received after the 45-day deadline is left off the paper',
    run: ELECTIONS,
    check: ({ json }) => expect(seat(json, 'president').excluded).toContainEqual(expect.objectContaining({ candidate: 'haddad', rule: 'R4.2', reason: 'received 20 days before opening; the deadline is 45' })),
  },
  {
    rules: ['R4.3', 'R8.4', 'Q18'],
    name: 'the Elections Board finds a nomination by a suspended member invalid and the election goes ahead without it',
    run: ELECTIONS,
    check: ({ json }) => {
      expect(seat(json, 'president').excluded).toContainEqual(expect.objectContaining({ candidate: 'alves', rule: 'R4.3' }));
      expect(seat(json, 'president').elected).toEqual(['jensen']);
    },
  },
  {
    rules: ['R4.3', 'R8.4', 'R8.5'],
    name: 'Arrears crisis: Sudan\'s waiver is refused, so the Board leaves its nominee off the paper',
    run: ARREARS,
    check: ({ json }) => {
      expect(decision(json, 'waiver-sdn').decision).toBe('rejected');
      expect(excludedNominees(seat(json, 'delegate-africa'))).toEqual({ osman: 'R4.3' });
    },
  },
  {
    rules: ['R4.4'],
    name: 'a nominee without written acceptance is left off the paper',
    run: ELECTIONS,
    check: ({ json }) => expect(excludedNominees(seat(json, 'president')).tan).toBe('R4.4'),
  },
  {
    rules: ['R4.5', 'R4.6'],
    name: 'every nomination is recorded; the Board lists the valid ones alphabetically by the name as written (given name first) and says why the others are not on the paper',
    run: ELECTIONS,
    check: ({ json }) => {
      const president = seat(json, 'president');
      expect(president.candidates.map((c) => c.id)).toEqual(['jensen', 'sato', 'souza', 'adeyemi', 'medina', 'haddad', 'tan', 'alves', 'petrov']);
      // "Kenji Sato" < "Lars Jensen" < "Paulo Souza": the names as written, although the paper then
      // shows SATO, JENSEN, SOUZA (surnames); whether R4.6 means by surname is open (see the README)
      expect(president.paper).toEqual(['sato', 'jensen', 'souza']);
      expect(president.excluded.map((x) => x.candidate).sort()).toEqual(['adeyemi', 'alves', 'haddad', 'medina', 'petrov', 'tan']);
    },
  },
  {
    rules: ['R4.6', 'R3.1'],
    name: 'the Elections Board is elected by show of hands unless the item says otherwise',
    run: PROCEDURE,
    check: ({ json }) => {
      const board = decision(json, 'elections-board');
      expect(board).toMatchObject({ method: 'show-of-hands', decision: 'adopted' });
      expect(board.recorded).toBeUndefined();
      expect(board.trail[0]!.citation.rule).toBe('R4.6');
    },
  },
  {
    rules: ['R4.6'],
    name: 'a member that put forward a candidate cannot sit on the Elections Board (validate, exit 2)',
    run: { command: 'validate', file: 'test/fixtures/invalid-scenarios/elections-board-candidate.yaml' },
    check: ({ code, err }) => {
      expect(code).toBe(2);
      expect(err).toMatch(/elections-board-candidate\.yaml:\d+:\d+: .*\[scenario\/[a-z-]+/);
    },
  },
  {
    rules: ['R4.8'],
    name: 'seat by seat: a sole candidate is voted yes or no, and a candidate elected to one seat is off the next paper',
    run: ELECTIONS,
    check: ({ json }) => {
      const asia = seat(json, 'vice-presidents', 2);
      expect(asia.paper).toEqual(['nair']);
      expect(counts(asia.rounds[0]!)).toEqual({ yes: 120, no: 15 });
      expect(asia.elected).toEqual(['nair']);
      expect(asia.excluded).toContainEqual(expect.objectContaining({ candidate: 'diallo', rule: 'R4.8', reason: 'already elected to seat 1 of this election' }));
    },
  },
  {
    rules: ['R4.9', 'R2.5', 'Q5', 'Q6'],
    name: 'the President needs two-thirds on ballots 1 and 2: a tie there is an inconclusive ballot, no lots, nobody dropped',
    run: ELECTIONS,
    check: ({ json }) => {
      const [b1, b2] = seat(json, 'president').rounds;
      for (const b of [b1!, b2!]) {
        expect(b.threshold).toMatchObject({ majority: 'two-thirds-present-voting' });
        expect(b).toMatchObject({ outcome: 'no-majority', tieBreaks: [], eliminated: [] });
      }
      expect(b2!.candidates).toEqual(['sato', 'jensen', 'souza']);
    },
  },
  {
    rules: ['R4.9', 'Q4'],
    name: 'from ballot 3 a simple majority of votes expressed elects the President (95 of 170)',
    run: ELECTIONS,
    check: ({ json }) => {
      const b3 = seat(json, 'president').rounds[2]!;
      expect(b3).toMatchObject({ ballot: 3, outcome: 'elected', elected: ['jensen'] });
      expect(b3.threshold).toMatchObject({ majority: 'simple', base: 170, required: 86 });
    },
  },
  {
    rules: ['R4.9', 'Q6', 'Q21'],
    name: 'Marrakech 2025: Philippe elected on the third ballot with 84 of 164 votes expressed, all four candidates still on the paper',
    run: MARRAKECH,
    check: ({ json }) => {
      const president = seat(json, 'elect-president');
      expect(president.rounds.map((r) => r.outcome)).toEqual(['no-majority', 'no-majority', 'elected']);
      expect(counts(president.rounds[2]!)).toEqual({ philippe: 84, sabanca: 60, nainda: 12, weldeyes: 8 });
      expect(president.rounds[2]!.candidates).toHaveLength(4);
    },
  },
  {
    rules: ['R4.9', 'Q5'],
    name: 'with elections.tiesUnderTwoThirds: tie-break a tie between two on a two-thirds ballot is broken by one more ballot (then lots)',
    run: {
      ...ELECTIONS,
      variant: [
        ['rules: {}', 'rules: { elections: { tiesUnderTwoThirds: tie-break } }'],
        ['            - { id: souza, name: Paulo Souza, member: BRA }\n', ''],
        [', souza: 10 }', ' }'],
        ['counts: { jensen: 85, sato: 85, souza: 5 } }', 'counts: { jensen: 120, sato: 50 } }'],
        ['    - { item: president, ballot: 3, counts: { jensen: 95, sato: 70, souza: 5 } }\n', ''],
      ],
    },
    check: ({ json }) => {
      const [b1, b2] = seat(json, 'president').rounds;
      expect(b1).toMatchObject({ outcome: 'tie', tieBreaks: [expect.objectContaining({ kind: 'extra-ballot', candidates: ['sato', 'jensen'] })] });
      expect(b2).toMatchObject({ outcome: 'elected', elected: ['jensen'] });
    },
  },
  {
    rules: ['R4.10', 'Q4', 'Q5'],
    name: 'VPs need a simple majority: 80 of 170 is a plurality, not a majority; the lowest is dropped and the next ballot elects',
    run: ELECTIONS,
    check: ({ json }) => {
      const [b1, b2] = seat(json, 'vice-presidents', 1).rounds;
      expect(b1).toMatchObject({ outcome: 'no-majority', eliminated: ['okoro'] });
      expect(b1!.threshold).toMatchObject({ majority: 'simple', required: 86 });
      expect(b2).toMatchObject({ candidates: ['diallo', 'bello'], outcome: 'elected', elected: ['diallo'] });
    },
  },
  {
    rules: ['R4.11', 'Q5'],
    name: 'a tie between two under a simple majority: one more ballot, then lots drawn with the seeded generator',
    run: ELECTIONS,
    check: ({ json }) => {
      const [b1, b2] = seat(json, 'delegate-africa').rounds;
      expect(b1!.tieBreaks).toEqual([expect.objectContaining({ kind: 'extra-ballot', candidates: ['wanjiru', 'traore'] })]);
      expect(b2!.tieBreaks).toEqual([expect.objectContaining({ kind: 'lots', candidates: ['wanjiru', 'traore'], drawn: 'wanjiru' })]);
      expect(seat(json, 'delegate-africa').elected).toEqual(['wanjiru']);
    },
  },
  {
    rules: ['R4.13', 'Q7'],
    name: 'Marrakech 2025: the Delegate seats Philippe and Wang Yong left are reopened and filled for a full term',
    run: MARRAKECH,
    check: ({ json }) => {
      expect(json.elections.filter((e) => e.reopened).map((e) => [e.item, e.elected[0]])).toEqual([['elect-delegate-europe', 'carvelli'], ['elect-delegate-asia', 'ogasawara']]);
      expect(holder(json, 'Stefano Carvelli')).toMatchObject({ elected: 2025, termEnds: 2028 });
    },
  },
  {
    rules: ['Q7'],
    name: 'Marrakech 2025 with elections.reopenVacatedSeats: false: the Delegate seats left by Philippe and Wang Yong stay empty',
    run: { ...MARRAKECH, variant: [['rules:\n', 'rules:\n  elections: { reopenVacatedSeats: false }\n']] },
    check: ({ json }) => expect(json.elections.filter((e) => e.reopened)).toEqual([]),
  },
  {
    rules: ['R4.13'],
    name: 'Dubai 2018: before the 2021 amendments the replacement served the rest of the term (Kim Jong Yang to 2020)',
    run: { file: 'scenarios/dubai-2018.yaml' },
    check: ({ json }) => expect(json.committee.find((s) => s.post === 'president')).toMatchObject({ holder: 'KIM Jong Yang', elected: 2018, termEnds: 2020 }),
  },

  // ── 5. Session, agenda ───────────────────────────────────────────────────────────────────
  {
    rules: ['R5.2'],
    name: 'the venue of a future session is chosen by a simple majority',
    run: PROCEDURE,
    check: ({ json }) => {
      const venue = decision(json, 'venue');
      expect(venue.trail[0]!.citation.rule).toBe('R5.2');
      expect(venue.threshold!.majority).toBe('simple');
    },
  },
  {
    rules: ['R5.6'],
    name: 'a delegation whose credentials are refused attends as an observer and does not vote',
    run: PROCEDURE,
    check: ({ json }) => expect(excludedFrom(decision(json, 'agenda')).MMR).toBe('credentials-refused R5.6'),
  },
  {
    rules: ['R5.11'],
    name: 'an applicant attends as an observer: it does not vote on its own admission',
    run: PROCEDURE,
    check: ({ json }) => {
      expect(decision(json, 'agenda').electorate.entitled).not.toContain('TUV');
      expect(decision(json, 'membership-tuv').electorate.entitled).not.toContain('TUV');
    },
  },

  // ── 6. Debate procedure ──────────────────────────────────────────────────────────────────
  {
    rules: ['R6.8'],
    name: 'the furthest-removed amendment is voted first; one it excludes is not put, one the sponsor accepts needs no vote',
    run: PROCEDURE,
    check: ({ json }) => {
      expect(json.decisions.filter((d) => d.item === 'res-data').map((d) => d.subject)).toEqual(['amendment:am-far', 'proposal']);
      expect(decision(json, 'res-data', 'amendment:am-far').trail[0]!.citation.rule).toBe('R6.8');
    },
  },
  {
    rules: ['R6.8'],
    name: 'when the furthest-removed amendment fails, the nearer one is put',
    run: { ...PROCEDURE, variant: [['am-far, counts: { yes: 90, no: 60 }', 'am-far, counts: { yes: 60, no: 90 }']] },
    check: ({ json }) => expect(json.decisions.filter((d) => d.item === 'res-data').map((d) => d.subject)).toEqual(['amendment:am-far', 'amendment:am-near', 'proposal']),
  },

  {
    rules: ['R6.4', 'R6.5'],
    name: 'procedural motions are put at once, by a simple majority, in order of precedence: suspend before close the debate',
    run: { ...PROCEDURE, command: 'resume', resume: { afterOpenItem: 6, events: [{ type: 'delegation.moveMotion', member: 'DEU', motion: 'close-debate' }, { type: 'delegation.moveMotion', member: 'FRA', motion: 'suspend' }] } },
    check: ({ json }) => {
      expect(json.decisions.filter((d) => d.item === 'res-data').map((d) => d.subject)).toEqual(['motion:suspend', 'motion:close-debate', 'amendment:am-far', 'proposal']);
      for (const motion of ['motion:suspend', 'motion:close-debate']) {
        expect(decision(json, 'res-data', motion).trail[0]!.citation.rule).toBe('R6.4');
        // a motion is a ballot of its own: the item's scripted result (100–50) is not reused for it (issue 13.3)
        expect(counts(decision(json, 'res-data', motion))).not.toEqual({ yes: 100, no: 50 });
        expect(decision(json, 'res-data', motion).threshold!.majority).toBe('simple');
      }
      // and each motion draws its votes from its own stream, not the same members' choices twice
      expect(decision(json, 'res-data', 'motion:suspend').recorded).not.toEqual(decision(json, 'res-data', 'motion:close-debate').recorded);
    },
  },
  {
    rules: ['R6.2', 'R2.9'],
    name: 'a ruling on a point of order may be appealed; the Assembly votes on the appeal at once, by a majority of those present and voting',
    run: { ...PROCEDURE, command: 'resume', resume: { afterOpenItem: 6, events: [{ type: 'delegation.raisePointOfOrder', member: 'ITA', aboutVoting: false }, { type: 'chair.ruleOnPointOfOrder', ruling: 'rejected' }, { type: 'delegation.appeal', member: 'ITA' }] } },
    check: ({ json }) => {
      const appeal = decision(json, 'res-data', 'appeal');
      expect(appeal.trail[0]!.citation.rule).toBe('R2.9');
      expect(appeal.threshold).toMatchObject({ majority: 'simple', baseLabel: 'votes expressed' });
      expect(json.decisions.filter((d) => d.item === 'res-data').map((d) => d.subject)).toEqual(['appeal', 'amendment:am-far', 'proposal']);
    },
  },
  {
    rules: ['R6.6'],
    name: 'a candidate who withdraws before the ballot is off the paper, with the reason',
    run: {
      ...ELECTIONS,
      command: 'resume',
      variant: [[', souza: 10 }', ' }'], [', souza: 5 } }', ' } }'], [', souza: 5 } }', ' } }']],
      resume: { afterOpenItem: 4, events: [{ type: 'delegation.withdrawCandidate', candidate: 'souza' }] },
    },
    check: ({ json }) => {
      const president = seat(json, 'president');
      expect(president.rounds[0]!.candidates).toEqual(['sato', 'jensen']);
      expect(president.excluded).toContainEqual(expect.objectContaining({ candidate: 'souza', rule: 'R6.6' }));
    },
  },

  // ── 7. Budget ─────────────────────────────────────────────────────────────────────────────
  {
    rules: ['R7.5'],
    name: 'the budget, programme and strategic framework are decided by a simple majority',
    run: PROCEDURE,
    check: ({ json }) => {
      for (const item of ['budget', 'programme', 'framework']) {
        expect(decision(json, item).threshold!.majority).toBe('simple');
        expect(decision(json, item).trail[0]!.citation.rule).toBe('R7.5');
      }
    },
  },

  // ── 8. Arrears ────────────────────────────────────────────────────────────────────────────
  {
    rules: ['R8.1', 'R8.2', 'Q12'],
    name: 'Arrears crisis: suspended when the previous year\'s arrears exceed 5% and the current year is unpaid; exactly 5% is not more',
    run: ARREARS,
    check: ({ json }) => {
      const board = excludedFrom(decision(json, 'elections-board'));
      expect(board).toMatchObject({ VEN: 'arrears R8.1', SYR: 'arrears R8.1', HTI: 'arrears R8.1' });
      expect(board.BOL).toBeUndefined();
    },
  },
  {
    rules: ['R8.3'],
    name: 'a suspended member takes part in no ballot: recorded, show of hands, secret or election',
    run: PROCEDURE,
    check: ({ json }) => {
      for (const item of ['budget', 'framework']) expect(excludedFrom(decision(json, item)).VEN).toBe('arrears R8.1');
      expect(excludedFrom(decision(json, 'waiver-ven')).VEN).toBe('arrears R8.1');
    },
  },
  {
    rules: ['R8.5', 'Q13'],
    name: 'an arrears waiver on the agenda is decided by a simple majority and restores the vote from the next item',
    run: PROCEDURE,
    check: ({ json }) => {
      const waiver = decision(json, 'waiver-ven');
      expect(waiver.trail[0]!.citation.rule).toBe('Q13');
      expect(waiver).toMatchObject({ decision: 'adopted', threshold: expect.objectContaining({ majority: 'simple' }) });
      expect(decision(json, 'res-consensus').electorate.entitled).toContain('VEN');
    },
  },
  {
    rules: ['R8.5', 'Q12'],
    name: 'Arrears crisis: a rescheduling agreement being honoured and a waiver granted earlier keep the vote',
    run: ARREARS,
    check: ({ json }) => {
      const entitled = decision(json, 'budget-2029').electorate.entitled;
      expect(entitled).toEqual(expect.arrayContaining(['CUB', 'LBR']));
    },
  },

  // ── 9. Regions and seats ──────────────────────────────────────────────────────────────────
  {
    rules: ['R9.1', 'R9.4'],
    name: 'an admitted member sits in its region: Tuvalu in Asia',
    run: PROCEDURE,
    check: ({ json }) => expect(json.members.admitted).toEqual([expect.objectContaining({ code: 'TUV', region: 'ASIA' })]),
  },
  {
    rules: ['R9.4', 'Q10'],
    name: 'members.regionOverrides moves a member to another region: Kazakhstan in Europe stands for no Asian seat',
    run: ELECTIONS,
    check: ({ json }) => expect(seat(json, 'vice-presidents', 2).excluded).toContainEqual(expect.objectContaining({ candidate: 'nurlanov', rule: 'R9.2', reason: 'Aidos Nurlanov stands for EUROPE, the seat is for ASIA' })),
  },
  {
    rules: ['R9.3', 'Q11'],
    name: 'more Delegate seats for a region than it has is refused by validate (Africa has 2)',
    run: { command: 'validate', file: `${F}/elections.yaml`, variant: [['          region: AFRICA\n          candidates:', '          region: AFRICA\n          seats: 3\n          candidates:']] },
    check: ({ code, err }) => {
      expect(code).toBe(2);
      expect(err).toMatch(/:\d+:\d+: 3 Delegate seats for AFRICA, which has 2 \[scenario\/impossible-seats/);
    },
  },
  {
    rules: ['Q8'],
    name: 'Delegate seats of one region are balloted seat by seat by default; multi-seat is a setting',
    run: { ...ELECTIONS, variant: [['          region: AFRICA\n          candidates:', '          region: AFRICA\n          seats: 2\n          candidates:'], ['delegate-africa, ballot: 2, counts: { wanjiru: 81, traore: 81 } }', 'delegate-africa, ballot: 2, counts: { wanjiru: 81, traore: 81 } }\n    - { item: delegate-africa, seat: 2, counts: { yes: 100, no: 20 } }']] },
    check: ({ json }) => {
      expect(json.elections.filter((e) => e.item === 'delegate-africa').map((e) => [e.seat, e.paper])).toEqual([[1, ['wanjiru', 'traore']], [2, ['traore']]]);
      expect(json.committee.filter((s) => s.post === 'delegate' && s.region === 'AFRICA').map((s) => s.holder).sort()).toEqual(['Grace Wanjiru', 'Kwame Mensah', 'Moussa Traoré']);
    },
  },
];
