import { votedCount } from '../../src/domain/choices.js';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { MAX_SESSION_EVENTS, SessionDoesNotEndError } from '../../src/sim/continue-session.js';
import { recordedVotesOf, recordsOf } from '../../src/record/record.js';
import { BLOCS } from '../../src/registry/blocs.js';
import { MEMBERS } from '../../src/registry/members.js';
import { loadScenarioText } from '../../src/scenario/load-scenario.js';
import type { ScenarioProblem } from '../../src/scenario/scenario-problem.js';
import type { ScenarioInput } from '../../src/scenario/schema.js';
import { checkScenarioRun } from '../../src/sim/check-run.js';
import { renderMinutes } from '../../src/sim/minutes.js';
import { toRunResult } from '../../src/sim/run-result.js';
import { prepareScenario, runSession, type PreparedScenario } from '../../src/sim/run-session.js';

/**
 * The semantic scenario generator (issue 18, item 7): valid scenarios of random structure (random
 * members represented, days, agenda items of every kind, candidates, seats, amendments, rule-set
 * variants, behaviour settings and scripts of counts and papers) that run end to end through the
 * path `gasim run` takes (both loading stages, the one-run check, then the session). fast-check
 * draws a plan of plain choices; `buildScenario` turns any plan into a scenario, resolving the
 * choices against what exists (a candidate from the seat's region, a board member with no
 * candidate), so that most plans give a scenario the loader accepts. Not shipped (test/ only).
 */

const REGIONS = ['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE'] as const;
const CODES = MEMBERS.map((m) => m.iso3);
const REGION_OF = new Map(MEMBERS.map((m) => [m.iso3, m.region as string]));
const NON_MEMBERS = ['TUV', 'PRK', 'TWN', 'XKX', 'NIU', 'COK'] as const;
const NAMES = ['Ana Reyes', 'Lars Jensen', 'WANG Yong', 'Folake Adeyemi', 'Marie De Buysscher', 'Delegate of Egypt', 'Jean-Luc Martin', 'Aroha Ngata'];
const METHODS = ['electronic-recorded', 'secret', 'show-of-hands', 'roll-call', 'consensus'] as const;
const QUESTION_KINDS = ['resolution', 'programme', 'strategic-framework', 'budget', 'regulation-amendment', 'constitution-amendment', 'arrears-waiver', 'venue', 'membership'] as const;
const FIXED_KINDS = ['ceremony', 'report', 'credentials', 'agenda-adoption', 'elections-board', 'election', 'election', 'election'] as const;
const MAJORITIES = ['simple', 'two-thirds-present-voting', 'two-thirds-all-members', 'majority-all-members', 'plurality'] as const;
const MAJORITY_KEYS = ['agendaAdoption', 'additionalItem', 'membership', 'resolution', 'amendment', 'programme', 'strategicFramework', 'budget', 'regulationAmendment', 'constitutionAmendment', 'arrearsWaiver', 'venue', 'electionsBoard'] as const;

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;
const picks = <T>(list: readonly T[], ns: readonly number[]): T[] => (list.length === 0 ? [] : [...new Set(ns.map((n) => pick(list, n)))]);

/** One agenda item as plain choices. */
const arbItemPlan = fc.record({
  kind: fc.oneof(fc.constantFrom(...QUESTION_KINDS), fc.constantFrom(...FIXED_KINDS)),
  method: fc.option(fc.constantFrom(...METHODS), { nil: undefined, freq: 2 }),
  post: fc.constantFrom('president', 'vice-president', 'vice-president', 'delegate', 'delegate'),
  region: fc.nat({ max: 4 }),
  seats: fc.integer({ min: 1, max: 3 }),
  contingent: fc.boolean(),
  candidates: fc.array(fc.nat(), { maxLength: 5 }),
  amendments: fc.array(fc.record({ remoteness: fc.nat({ max: 5 }), excludes: fc.boolean(), sponsor: fc.boolean() }), { maxLength: 3 }),
  names: fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
});

const arbProbability = fc.oneof(fc.constantFrom(0, 1, 0.5), fc.double({ min: 0, max: 1, noNaN: true }));
const arbPosition = fc.tuple(arbProbability, arbProbability).map(([a, b]) => ({ yes: a, no: (1 - a) * b }));

/** Rule-set variants: majorities, counting, quorum, arrears and the election rules. */
const arbRules = fc.record(
  {
    name: fc.constantFrom('INTERPOL defaults', 'Variant A', 'Two-thirds everywhere'),
    majorities: fc.dictionary(fc.constantFrom(...MAJORITY_KEYS), fc.constantFrom(...MAJORITIES), { maxKeys: 4 }),
    counting: fc.record({ abstentionsInBase: fc.boolean(), invalidInBase: fc.boolean() }, { requiredKeys: [] }),
    quorum: fc.record(
      {
        enabled: fc.boolean(),
        toOpen: fc.integer({ min: 1, max: 4 }).map((d) => ({ numerator: 1, denominator: d })),
        toDecide: fc.integer({ min: 1, max: 4 }).chain((d) => fc.record({ numerator: fc.integer({ min: 0, max: d }), denominator: fc.constant(d) })),
        countSuspended: fc.boolean(),
        withoutQuorum: fc.constantFrom('carry-over', 'defer'),
      },
      { requiredKeys: [] },
    ),
    arrears: fc.record({ thresholdPercent: fc.integer({ min: 0, max: 100 }), exemptConstitutionAmendments: fc.boolean(), barsNominations: fc.boolean() }, { requiredKeys: [] }),
    elections: fc.record(
      {
        presidentTwoThirdsBallots: fc.nat({ max: 3 }),
        presidentLaterMajority: fc.constantFrom(...MAJORITIES),
        otherMajority: fc.constantFrom(...MAJORITIES),
        elimination: fc.constantFrom('drop-lowest', 'top-two', 'none'),
        presidentEliminationFromBallot: fc.integer({ min: 1, max: 4 }),
        tieExtraBallots: fc.nat({ max: 2 }),
        tiesUnderTwoThirds: fc.constantFrom('inconclusive', 'tie-break'),
        maxBallots: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 12 }), weight: 4 }, { arbitrary: fc.constant(null), weight: 1 }),
        delegateBallot: fc.constantFrom('seat-by-seat', 'multi-seat'),
        vacancyTerm: fc.constantFrom('full', 'remainder'),
        reelectionBar: fc.boolean(),
        distinctCountries: fc.boolean(),
        distinctContinents: fc.boolean(),
        fourthVicePresident: fc.boolean(),
        reopenVacatedSeats: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    admittedMembersVote: fc.constantFrom('from-next-item', 'next-session'),
  },
  { requiredKeys: [] },
);

/** A scenario as plain choices; `buildScenario` resolves them. */
export const arbScenarioPlan = fc.record({
  seed: fc.nat({ max: 2 ** 32 - 1 }),
  runSeed: fc.nat({ max: 2 ** 32 - 1 }),
  year: fc.integer({ min: 2025, max: 2032 }),
  represented: fc.constantFrom('all', 'all', 'allExcept', 'only'),
  memberPicks: fc.array(fc.nat(), { minLength: 0, maxLength: 40 }),
  refused: fc.array(fc.nat(), { maxLength: 3 }),
  disputed: fc.array(fc.record({ n: fc.nat(), refused: fc.boolean() }), { maxLength: 2 }),
  arrears: fc.array(fc.record({ n: fc.nat(), due: fc.integer({ min: 1, max: 1_000_000 }), share: fc.nat({ max: 100 }), rescheduling: fc.boolean(), waiver: fc.boolean() }), { maxLength: 6 }),
  days: fc.array(fc.record({ items: fc.array(arbItemPlan, { minLength: 1, maxLength: 6 }), attendance: fc.nat({ max: 5 }), absent: fc.array(fc.nat(), { maxLength: 10 }) }), { minLength: 1, maxLength: 3 }),
  opening: fc.boolean(),
  closing: fc.boolean(),
  president: fc.option(fc.record({ n: fc.nat(), since: fc.integer({ min: 1, max: 4 }), left: fc.nat({ max: 3 }) }), { nil: undefined }),
  rules: arbRules,
  model: fc.record({
    turnout: fc.oneof(fc.constant(1), arbProbability),
    turnoutByMember: fc.array(fc.tuple(fc.nat(), arbProbability), { maxLength: 4 }),
    abstain: fc.double({ min: 0, max: 0.5, noNaN: true }),
    invalid: fc.double({ min: 0, max: 0.2, noNaN: true }),
    blocs: fc.array(fc.record({ source: fc.nat({ max: 2 }), n: fc.nat(), members: fc.array(fc.nat(), { maxLength: 8 }), cohesion: arbProbability }), { maxLength: 3 }),
    defaultPosition: fc.option(arbPosition, { nil: undefined }),
    byKind: fc.array(fc.tuple(fc.constantFrom(...QUESTION_KINDS), arbPosition), { maxLength: 3 }),
    byItem: fc.array(fc.tuple(fc.nat(), arbPosition, fc.option(arbPosition, { nil: undefined })), { maxLength: 3 }),
    appeal: fc.array(fc.tuple(fc.nat(), fc.double({ min: 0, max: 10, noNaN: true })), { maxLength: 4 }),
    sameRegion: fc.double({ min: 0, max: 5, noNaN: true }),
    sameBloc: fc.double({ min: 0, max: 5, noNaN: true }),
    supporters: fc.array(fc.tuple(fc.nat(), fc.array(fc.nat(), { maxLength: 10 })), { maxLength: 3 }),
    loyalty: arbProbability,
    transfers: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.double({ min: 0, max: 5, noNaN: true })), { maxLength: 3 }),
  }),
  scripts: fc.tuple(fc.boolean(), fc.array(
    fc.record({
      item: fc.nat(),
      target: fc.nat({ max: 3 }),
      ballot: fc.constantFrom(1, 1, 1, 2),
      perMember: fc.boolean(),
      shares: fc.array(fc.nat({ max: 100 }), { minLength: 6, maxLength: 6 }),
      fill: fc.double({ min: 0, max: 1.05, noNaN: true }),
    }),
    { maxLength: 3 },
  )).map(([none, scripts]) => (none ? [] : scripts)),
});

export type ScenarioPlan = typeof arbScenarioPlan extends fc.Arbitrary<infer T> ? T : never;

/** Where free text goes (names, titles, rule names): plain by default, hostile for the control-character class. */
export type TextOf = (plain: string, n: number) => string;
const plainText: TextOf = (plain) => plain;

type Item = Record<string, unknown> & { id: string; kind: string };
type Script = NonNullable<NonNullable<ScenarioInput['voting']>['scripted']>[number];

/** Turns a plan into a scenario input; every reference is resolved against what the plan built. */
export function buildScenario(plan: ScenarioPlan, text: TextOf = plainText): ScenarioInput {
  const others = plan.memberPicks.map((n) => pick(CODES, n));
  const represented = plan.represented === 'all' ? CODES : plan.represented === 'allExcept' ? CODES.filter((c) => !others.includes(c)) : [...new Set([...others, ...picks(CODES, [0, 50, 100, 150, 190])])];
  const present = represented.length > 0 ? represented : CODES;
  const from = (list: readonly string[], n: number) => pick(list.length > 0 ? list : present, n);
  const items: Item[][] = [];
  const electionMembers = new Set<string>();
  const candidateIds: string[] = [];
  const recorded: string[] = [];
  const itemIds: { id: string; kind: string; amendments: string[]; additional: string[]; candidates: string[] }[] = [];
  const applicants: string[] = [];
  plan.days.forEach((day, d) => {
    const list: Item[] = [];
    if (d === 0 && plan.opening) list.push({ id: 'opening', kind: 'ceremony' });
    day.items.forEach((p, i) => {
      const id = `${p.kind.replace(/[^a-z]/g, '').slice(0, 10)}-${d}-${i}`;
      const title = text(`Item ${d}.${i}`, p.names[0]!);
      const method = p.method === undefined ? {} : { method: p.method };
      const amendments = p.amendments.map((a, j) => ({
        id: `${id}-am${j}`,
        title: text(`Amendment ${j}`, p.names[1]! + j),
        remoteness: a.remoteness,
        ...(a.excludes && j > 0 ? { excludes: [`${id}-am${j - 1}`] } : {}),
        ...(a.sponsor ? { acceptedBySponsor: true } : {}),
      }));
      let item: Item;
      switch (p.kind) {
        case 'ceremony':
        case 'report':
        case 'credentials':
          item = { id, kind: p.kind, title };
          break;
        case 'agenda-adoption': {
          const additional = p.amendments.map((_, j) => ({ id: `${id}-add${j}`, title: text(`Urgent item ${j}`, p.names[2]! + j) }));
          item = { id, kind: p.kind, ...method, additionalItems: additional };
          itemIds.push({ id, kind: p.kind, amendments: [], additional: additional.map((a) => a.id), candidates: [] });
          break;
        }
        case 'elections-board':
          // members resolved once every candidate is known (R4.6: none with a candidate)
          item = { id, kind: p.kind, ...method, members: [] as string[], boardPicks: p.candidates };
          break;
        case 'election': {
          const region = p.post === 'president' ? undefined : p.region === 4 ? (p.post === 'vice-president' ? 'auto' : 'EUROPE') : REGIONS[p.region]!;
          const pool = region === undefined || region === 'auto' ? present : present.filter((c) => REGION_OF.get(c) === region);
          const members = picks(pool, p.candidates);
          const candidates = members.map((member, j) => ({ id: `${id}-c${j}`, name: text(pick(NAMES, p.names[j]!), p.names[j]! + 1), member }));
          members.forEach((m) => electionMembers.add(m));
          candidateIds.push(...candidates.map((c) => c.id));
          const seats = p.post === 'delegate' ? Math.min(p.seats, 2) : 1;
          item = { id, kind: 'election', title, post: p.post, ...(region === undefined ? {} : { region }), seats, ...(p.contingent && candidates.length === 0 ? { contingent: true } : {}), candidates };
          if (candidates.length === 0 && !p.contingent) item.candidates = [{ id: `${id}-c0`, name: 'Sole Candidate', member: from(pool, p.names[0]!) }];
          for (const c of item.candidates as { member: string; id: string }[]) electionMembers.add(c.member);
          itemIds.push({ id, kind: 'election', amendments: [], additional: [], candidates: (item.candidates as { id: string }[]).map((c) => c.id) });
          break;
        }
        default: {
          item = { id, kind: p.kind, title, ...method };
          if (p.kind === 'resolution' || p.kind === 'regulation-amendment') item.amendments = amendments;
          if (p.kind === 'arrears-waiver') item.member = from(present, p.names[3]!);
          if (p.kind === 'venue') item.host = from(CODES, p.names[3]!);
          if (p.kind === 'membership') {
            const code = NON_MEMBERS.filter((c) => !applicants.includes(c))[0];
            if (code === undefined) item = { id, kind: 'resolution', title, ...method };
            else {
              applicants.push(code);
              item.applicant = { code, name: text(`Applicant ${code}`, p.names[4]!), region: REGIONS[p.region % 4] };
            }
          }
          if (p.method === 'electronic-recorded' || p.method === 'roll-call') recorded.push(id);
          itemIds.push({ id, kind: item.kind, amendments: (item.amendments as { id: string }[] | undefined)?.map((a) => a.id) ?? [], additional: [], candidates: [] });
        }
      }
      list.push(item);
    });
    if (d === plan.days.length - 1 && plan.closing) list.push({ id: 'closing', kind: 'closing' });
    items.push(list);
  });
  // the Elections Board: at least three members with no candidate in any election
  const free = present.filter((c) => !electionMembers.has(c));
  for (const list of items)
    for (const item of list)
      if (item.kind === 'elections-board') {
        const ns = item.boardPicks as number[];
        delete item.boardPicks;
        item.members = picks(free, [...ns, 1, 2, 3, 4]).slice(0, Math.max(3, new Set(ns).size));
      }
  const blocIds: string[] = [];
  const blocs = plan.model.blocs.map((b, i) => {
    blocIds.push(`bloc-${i}`);
    const source = b.source === 0 ? { registryBloc: pick(Object.keys(BLOCS), b.n) } : b.source === 1 ? { region: pick(REGIONS, b.n) } : { members: picks(CODES, [b.n, ...b.members]) };
    return { id: `bloc-${i}`, ...source, cohesion: b.cohesion };
  });
  const voted = itemIds.filter((x) => x.kind !== 'elections-board' || true);
  const scripted = plan.scripts.flatMap((s): Script[] => {
    const target = voted.length > 0 ? pick(voted, s.item) : undefined;
    if (target === undefined) return [];
    const electorate = present.length - new Set(plan.refused.map((n) => pick(present, n))).size;
    const papers = Math.floor(electorate * Math.min(s.fill, 1.05));
    const shares = s.shares;
    const sum = shares.reduce((a, b) => a + b, 0) || 1;
    const split = (k: number) => Math.floor((papers * shares[k]!) / sum);
    if (target.kind === 'election') {
      const counts = Object.fromEntries(target.candidates.map((c, k) => [c, split(k % 4)]));
      return [{ item: target.id, ballot: s.ballot, counts, abstain: split(4), invalid: split(5) }];
    }
    const sub: { amendment?: string; additionalItem?: string } = target.amendments.length > 0 && s.target > 0 ? { amendment: pick(target.amendments, s.target) } : target.additional.length > 0 && s.target > 0 ? { additionalItem: pick(target.additional, s.target) } : {};
    if (s.perMember && recorded.includes(target.id) && !('amendment' in sub) && !('additionalItem' in sub)) {
      const choices = ['yes', 'no', 'abstain'] as const;
      const votes = Object.fromEntries(present.slice(0, papers).map((c, k) => [c, pick(choices, shares[k % 6]!)]));
      return [{ item: target.id, ...sub, votes }];
    }
    return [{ item: target.id, ...sub, counts: { yes: split(0), no: split(1) }, abstain: split(2) }];
  });
  const seen = new Set<string>();
  const uniqueScripts = scripted.filter((s) => {
    const key = JSON.stringify([s.item, s.amendment ?? '', s.additionalItem ?? '', s.ballot ?? 1]);
    return !seen.has(key) && (seen.add(key), true);
  });
  const firstDay = Date.UTC(plan.year, 10, 3 + (plan.seed % 20));
  const dates = plan.days.map((_, d) => new Date(firstDay + d * 86_400_000).toISOString().slice(0, 10));
  const attendance = (day: ScenarioPlan['days'][number]) => {
    if (day.attendance === 1 && day.absent.length > 0) return { attendance: { absent: picks(present, day.absent) } };
    if (day.attendance === 2) return { attendance: { only: picks(present, [...day.absent, 3, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43]) } };
    return {};
  };
  const president = plan.president && {
    post: 'president' as const,
    holder: text('Outgoing President', plan.president.n),
    member: pick(present, plan.president.n),
    region: REGION_OF.get(pick(present, plan.president.n)) as 'AFRICA',
    elected: plan.year - plan.president.since,
    termEnds: plan.year + plan.president.left,
  };
  const model = plan.model;
  return {
    format: 'gasim/scenario@1',
    id: 'semantic-fuzz',
    title: text('Semantic fuzz session', plan.seed),
    seed: plan.seed,
    session: {
      number: 1 + (plan.seed % 120),
      venue: { city: text('Lyon', plan.seed + 1), country: 'FRA' },
      days: plan.days.map((day, d) => ({ date: dates[d]!, ...attendance(day), items: items[d]! as never })),
    },
    members: {
      represented: plan.represented === 'all' ? 'all' : plan.represented === 'allExcept' ? { allExcept: [...new Set(others)] } : { only: present },
      observers: applicants.map((code) => ({ name: text(`Applicant ${code}`, 0), kind: 'applicant' as const, code })),
      credentials: {
        refused: picks(present, plan.refused),
        disputed: plan.disputed.map((x) => ({ member: pick(present, x.n + 1), ruling: x.refused ? ('refused' as const) : ('accepted' as const) })).filter((x, i, all) => all.findIndex((y) => y.member === x.member) === i),
      },
    },
    finances: Object.fromEntries(
      plan.arrears.map((a) => [pick(CODES, a.n), { duePreviousYear: a.due, unpaidPreviousYear: Math.floor((a.due * a.share) / 100), unpaidCurrentYear: a.due, rescheduling: a.rescheduling, waiver: a.waiver }]),
    ),
    committee: president ? [president] : [],
    rules: { ...plan.rules, ...(plan.rules.name === undefined ? {} : { name: text(plan.rules.name, plan.seed + 2) }) } as ScenarioInput['rules'],
    voting: {
      model: {
        turnout: model.turnout,
        turnoutByMember: Object.fromEntries(model.turnoutByMember.map(([n, p]) => [pick(present, n), p])),
        abstain: model.abstain,
        invalid: model.invalid,
        blocs,
        proposals: {
          ...(model.defaultPosition ? { default: model.defaultPosition } : {}),
          byKind: Object.fromEntries(model.byKind),
          byItem: Object.fromEntries(
            itemIds.length === 0 ? [] : model.byItem.map(([n, position, bloc]) => [pick(itemIds, n).id, { ...position, blocs: bloc && blocIds.length > 0 ? { [pick(blocIds, n)]: bloc } : {} }]),
          ),
        },
        candidates: candidateIds.length === 0 ? {} : {
          appeal: Object.fromEntries(model.appeal.map(([n, w]) => [pick(candidateIds, n), w])),
          sameRegion: model.sameRegion,
          sameBloc: model.sameBloc,
          supporters: Object.fromEntries(model.supporters.map(([n, ms]) => [pick(candidateIds, n), picks(present, ms)])),
          loyalty: model.loyalty,
          transfers: Object.fromEntries(model.transfers.map(([a, b, w]) => [pick(candidateIds, a), { [pick(candidateIds, b)]: w }])),
        },
      },
      scripted: uniqueScripts,
    },
  };
}

/** The scenario text of a plan, as a user would save it. */
export function scenarioTextOf(plan: ScenarioPlan, text?: TextOf): string {
  return stringify(buildScenario(plan, text));
}

function fail(message: string): never {
  throw new Error(message);
}

/** Every problem of a refusal is located (line ≥ 1, column ≥ 1) with a message. */
export function checkLocated(problems: readonly ScenarioProblem[], what: string): void {
  if (problems.length === 0) fail(`${what}: a refusal with no problems`);
  for (const p of problems) {
    if (!(p.line >= 1 && p.col >= 1)) fail(`${what}: problem ${p.code} not located (line ${p.line}, col ${p.col}): ${p.message}`);
    if (p.message === '') fail(`${what}: problem ${p.code} has no message`);
  }
}

/** One run as `gasim run` prints it: the result, the minutes and the events; or why it does not end. */
function runOnce(scenario: PreparedScenario, seed: number): string {
  try {
    const run = runSession(scenario, seed);
    if (run.events.length > MAX_SESSION_EVENTS) fail(`${run.events.length} events, above the session cap ${MAX_SESSION_EVENTS}`);
    checkSecrecy(run);
    return JSON.stringify([toRunResult(run.snapshot.context), renderMinutes(run.snapshot.context), run.events]);
  } catch (error) {
    if (error instanceof SessionDoesNotEndError) return `does not end: ${error.message}`;
    throw error;
  }
}

/**
 * Secret ballots publish only totals: no record of a secret question keeps per-member choices, and
 * every per-member choice in the events or the JSON result belongs to a recorded vote or roll call.
 */
function checkSecrecy(run: ReturnType<typeof runSession>): void {
  const records = recordsOf(run.snapshot.context);
  let recordedChoices = 0;
  for (const r of records) {
    const votes = r.kind === 'question' ? recordedVotesOf(r) : undefined;
    if (r.kind !== 'question' || votes === undefined) continue;
    if (r.method === 'secret') fail(`secret question ${r.ballot} keeps per-member choices`);
    if (r.method !== 'electronic-recorded' && r.method !== 'roll-call') fail(`a ${r.method} vote (${r.ballot}) keeps per-member choices`);
    recordedChoices += Object.keys(votes).length;
  }
  let eventChoices = 0;
  for (const e of run.events) {
    if (e.type === 'delegation.castBallot') eventChoices += 'choices' in e ? votedCount(e.choices) : Object.keys(e.votes).length;
    if (e.type === 'delegation.castVote') eventChoices += 1;
  }
  if (eventChoices !== recordedChoices) fail(`the events carry ${eventChoices} per-member choices but the recorded votes keep ${recordedChoices}: a secret or counted ballot was cast member by member`);
  const json = toRunResult(run.snapshot.context) as unknown as { ballots?: unknown };
  const pairs = JSON.stringify(json).match(/"[A-Z]{3}":"(?:yes|no|abstain|invalid)"/g)?.length ?? 0;
  if (pairs > recordedChoices) fail(`the JSON result carries ${pairs} per-member choices, more than the ${recordedChoices} of recorded votes`);
}

/** What became of one semantic input. */
export type SemanticOutcome = 'ran' | 'refused' | 'refused-at-run' | 'does-not-end';

/**
 * The semantic property: the scenario loads (or is refused with located problems), the one-run
 * check passes (or gives located problems), and two runs with the same seed give the same result,
 * minutes and events, under the session cap, with secret ballots as totals only. Never an exception
 * other than the session's located refusal (`SessionDoesNotEndError`, exit 2 in the CLI).
 */
export function checkSemanticInput(plan: ScenarioPlan, text?: TextOf): SemanticOutcome {
  const yaml = scenarioTextOf(plan, text);
  const loaded = loadScenarioText(yaml, 'fuzz.yaml');
  if (!loaded.ok) {
    checkLocated(loaded.problems, 'load');
    return 'refused';
  }
  const checked = checkScenarioRun(loaded.value);
  const problems = checked.filter((p) => p.severity === 'error');
  if (problems.length > 0) {
    checkLocated(problems, 'one-run check');
    return 'refused-at-run';
  }
  const scenario = prepareScenario(loaded.value.scenario);
  const endless = checked.find((p) => p.code === 'scenario/session-does-not-end');
  if (endless !== undefined) {
    // a session that runs to the cap costs a whole capped run each time: `gasim run` takes two (the
    // check and the run), and so does this, checking the second against the first's diagnosis
    checkLocated([endless], 'one-run check');
    const again = runOnce(scenario, scenario.scenario.seed);
    if (!endless.message.includes(again.replace(/^does not end: /, ''))) fail(`seed ${scenario.scenario.seed} gave two different runs: ${endless.message} / ${again.slice(0, 200)}`);
    return 'does-not-end';
  }
  const first = runOnce(scenario, plan.runSeed);
  const second = runOnce(scenario, plan.runSeed);
  if (first !== second) fail(`seed ${plan.runSeed} gave two different runs`);
  return first.startsWith('does not end') ? 'does-not-end' : 'ran';
}
