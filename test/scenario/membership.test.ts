import { describe, expect, it } from 'vitest';
import { createSessionSetup } from '../../src/scenario/session-setup.js';
import { loadScenarioText } from '../../src/scenario/load-scenario.js';
import { formatProblem } from '../../src/scenario/scenario-problem.js';

/** A one-day session in `date`'s year; the parts are YAML lines at their indentation. */
function scenarioText(parts: { date?: string; membership?: string; represented?: string; items?: string[]; observers?: string[] }): string {
  return [
    'format: gasim/scenario@1',
    'id: membership-case',
    'title: Membership case',
    'session:',
    '  number: 86',
    '  venue: { city: Beijing, country: CHN }',
    '  days:',
    `    - date: ${parts.date ?? '2017-09-26'}`,
    '      items:',
    '        - { id: opening, kind: ceremony }',
    ...(parts.items ?? []).map((line) => `        ${line}`),
    'members:',
    ...(parts.membership === undefined ? [] : [`  membership: ${parts.membership}`]),
    `  represented: ${parts.represented ?? 'all'}`,
    ...(parts.observers === undefined ? [] : ['  observers:', ...parts.observers.map((line) => `    ${line}`)]),
    'rules: {}',
    '',
  ].join('\n');
}

/** The errors of a refused scenario, or the warnings of an accepted one, as `gasim validate` prints them. */
function problems(text: string, severity: 'error' | 'warning'): string[] {
  const loaded = loadScenarioText(text, 'case.yaml');
  const found = loaded.ok ? loaded.value.warnings : loaded.problems;
  return found.filter((p) => p.severity === severity).map((p) => formatProblem('case.yaml', p));
}

function setupOf(text: string) {
  const loaded = loadScenarioText(text, 'case.yaml');
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('; '));
  return createSessionSetup(loaded.value.scenario);
}

const PSE = "- { id: admit-pse, kind: membership, applicant: { code: PSE, name: State of Palestine } }";

describe('members.membership: the Organization when the session opens (R1.4, members.md §2.5)', () => {
  it('derives the 190 members of 2017 and counts every base on them (R2.4, R2.6)', () => {
    const setup = setupOf(scenarioText({ membership: '{ asOf: 2017 }', items: [PSE] }));
    expect(setup.totalMembers).toBe(190);
    expect(setup.standings).toHaveLength(190);
    expect(setup.standings.map((s) => s.code)).not.toContain('PSE');
    expect(setup.standings.filter((s) => s.represented)).toHaveLength(190);
  });

  it('keeps today\'s 196 by default', () => {
    expect(setupOf(scenarioText({ date: '2025-11-24' })).totalMembers).toBe(196);
  });

  it('takes an explicit list for a year the registry cannot derive', () => {
    const setup = setupOf(scenarioText({ date: '2005-09-19', membership: '{ only: [FRA, DEU, CHN, ITA] }' }));
    expect(setup.totalMembers).toBe(4);
  });

  it.each<[string, Parameters<typeof scenarioText>[0], string]>([
    ['a derived year that is not the session\'s', { membership: '{ asOf: 2018 }' },
      'case.yaml:12:23: membership as of 2018, but the session opens in 2017 [scenario/membership members.membership.asOf] (hint: use asOf: 2017, the members when this session opened)'],
    ['a year before 2008', { date: '2005-09-19', membership: '{ asOf: 2005 }' },
      'case.yaml:12:23: the membership of 2005 cannot be derived from the registry: joining years are complete only from 2008 (members.md §2.5, §2.6); known then is at most 186 members, CUW, FSM, KIR, PLW, PSE, SLB, SSD, SXM, VAT, VUT having joined later [scenario/membership members.membership.asOf] (hint: list the members instead: membership: { only: [...] } or { allExcept: [...] })'],
    ['a listed member that joined later', { membership: '{ only: [CHN, KIR] }' },
      'case.yaml:12:29: KIR (Kiribati) was not yet a member when the 2017 session opened: it joined in 2018 [scenario/not-yet-member members.membership.only[1]] (hint: remove it from the list; it attends as an applicant until admitted (R1.4, R5.11))'],
    ['allExcept that keeps later members', { membership: '{ allExcept: [FSM, PLW, KIR, VUT] }' },
      'case.yaml:12:28: PSE (joined 2017), SLB (joined 2017) had not joined when the 2017 session opened [scenario/not-yet-member members.membership.allExcept] (hint: add them to allExcept (R1.4))'],
    ['a represented member that was not yet a member', { membership: '{ asOf: 2017 }', represented: '{ only: [FRA, PSE] }' },
      'case.yaml:13:30: PSE (Palestine) was not yet a member when the 2017 session opened: it joined in 2017 [scenario/not-yet-member members.represented.only[1]] (hint: only members of the Organization when the session opens take part; an applicant attends as an observer (R1.4, R5.11))'],
    ['an applicant that already was a member', { membership: '{ asOf: 2017 }', items: ["- { id: admit-fra, kind: membership, applicant: { code: FRA, name: France } }", PSE] },
      'case.yaml:11:65: applicant FRA was already a member when the 2017 session opened [scenario/applicant-already-member session.days[0].items[1].applicant.code] (hint: use the code of a country that is not yet a member (R1.4))'],
    ['an applicant observer that already was a member', { membership: '{ asOf: 2017 }', items: [PSE], observers: ['- { name: Vanuatu, kind: applicant, code: VUT }', '- { name: Samoa, kind: applicant, code: WSM }'] },
      'case.yaml:17:45: applicant WSM was already a member when the 2017 session opened [scenario/applicant-already-member members.observers[1].code] (hint: list it as a member, or use the code of a country that is not a member)'],
    ['an applicant applying twice', { membership: '{ asOf: 2017 }', items: [PSE, PSE.replace('admit-pse', 'again')] },
      'case.yaml:12:61: PSE already applies at item \'admit-pse\' [scenario/applicant-already-member session.days[0].items[2].applicant.code] (hint: one application per country and session (R1.4))'],
    ['an applicant whose region nobody knows', { items: ["- { id: admit, kind: membership, applicant: { code: ZZZ, name: Zedland } }"] },
      'case.yaml:11:53: gasim does not know the region of ZZZ (Zedland) [scenario/applicant-region session.days[0].items[1].applicant] (hint: give applicant.region (AFRICA, AMERICAS, ASIA or EUROPE): the region it sits in once admitted (R9))'],
  ])('refuses %s, located', (_name, parts, line) => {
    expect(problems(scenarioText(parts), 'error')).toEqual([line]);
  });

  it.each<[string, Parameters<typeof scenarioText>[0], string]>([
    ['today\'s membership for a session before the last admission', {},
      'case.yaml:12:3: warning: the session opens in 2017 but the membership is today\'s 196, including 6 that joined later (FSM, KIR, PLW, PSE, SLB, VUT) [scenario/membership members.membership] (hint: set members.membership: { asOf: 2017 } for the members of that year (R1.4))'],
    ['an admission of the year left out', { membership: '{ asOf: 2017 }', items: [PSE] },
      'case.yaml:13:23: warning: SLB (Solomon Islands) joined at the 2017 session, but no membership item admits it [scenario/membership members.membership.asOf] (hint: add a membership item for each (R1.4), or ignore if the scenario leaves them out on purpose)'],
  ])('warns about %s', (_name, parts, line) => {
    expect(problems(scenarioText(parts), 'warning')).toEqual([line]);
  });
});

describe('the region of an admitted member (R9; issue 13: it was always Europe)', () => {
  it.each<[string, string, string]>([
    ['a current member treated as an applicant: the registry', PSE, 'ASIA'],
    ['a known non-member country: the registry of non-members', "- { id: admit, kind: membership, applicant: { code: XKX, name: Kosovo } }", 'EUROPE'],
    ['a country outside the registry: the scenario', "- { id: admit, kind: membership, applicant: { code: ZZZ, name: Zedland, region: AFRICA } }", 'AFRICA'],
    ['a scenario region overrides the registry', "- { id: admit-pse, kind: membership, applicant: { code: PSE, name: State of Palestine, region: AFRICA } }", 'AFRICA'],
  ])('%s', (_name, item, region) => {
    const setup = setupOf(scenarioText({ membership: '{ asOf: 2017 }', items: [item, "- { id: admit-slb, kind: membership, applicant: { code: SLB, name: Solomon Islands } }"] }));
    const code = /code: (\w+)/.exec(item)![1]!;
    expect(setup.regions[code]).toBe(region);
    expect(setup.regions['SLB']).toBe('ASIA');
  });
});
