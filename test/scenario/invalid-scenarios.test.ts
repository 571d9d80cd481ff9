import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/load-scenario.js';
import { formatProblem } from '../../src/scenario/scenario-problem.js';

const dir = new URL('../fixtures/invalid-scenarios/', import.meta.url);

/** One broken file per fault: the exact lines `gasim validate` prints for it (issue 2, acceptance). */
const CASES: [name: string, lines: string[]][] = [
  ['alias-bomb', [
    "alias-bomb.yaml:1:1: the aliases expand too far: Excessive alias count indicates a resource exhaustion attack [yaml/limit] (hint: write the values out instead of nesting aliases)",
  ]],
  ['applicant-already-member', [
    "applicant-already-member.yaml:11:61: applicant ITA is already an INTERPOL member [scenario/applicant-already-member session.days[0].items[1].applicant.code] (hint: use the code of a country that is not yet a member (R1.4))",
  ]],
  ['bad-date', [
    "bad-date.yaml:8:13: '2025-11-31' is not a valid date for session.days[0].date [schema/bad-value session.days[0].date] (hint: write an ISO date YYYY-MM-DD, e.g. 2025-11-24)",
  ]],
  ['bad-enum', [
    "bad-enum.yaml:13:17: 'presidnet' is not allowed for session.days[0].items[1].post; expected one of: president, vice-president, delegate [schema/bad-value session.days[0].items[1].post] (hint: did you mean 'president'?)",
  ]],
  ['bad-kind', [
    "bad-kind.yaml:10:32: unknown kind 'ceremonie' at session.days[0].items[0].kind [schema/bad-value session.days[0].items[0].kind] (hint: did you mean 'ceremony'? the kinds are: ceremony, report, credentials, agenda-adoption, elections-board, membership, resolution, programme, strategic-framework, budget, regulation-amendment, constitution-amendment, arrears-waiver, venue, election, closing)",
  ]],
  ['bloc-source', [
    "bloc-source.yaml:23:9: bloc 'europe' gives 2 sources of members [scenario/bloc-source voting.model.blocs[0]] (hint: give exactly one of members, registryBloc or region)",
  ]],
  ['candidate-not-represented', [
    "candidate-not-represented.yaml:16:47: candidate 'beta' is from BRA, which is not represented at the session [scenario/candidate-not-represented session.days[0].items[1].candidates[1].member] (hint: a nominee must be in the delegation (R4.4); add the member to members.represented)",
  ]],
  ['candidate-region', [
    "candidate-region.yaml:17:47: candidate 'beta' is from BRA (AMERICAS) but the seat is for EUROPE [scenario/candidate-region session.days[0].items[1].candidates[1].member] (hint: only members of the seat's region stand for it (R9))",
  ]],
  ['committee-expired', [
    "committee-expired.yaml:20:95: the term of Old Hand ended in 2023, before the 2025 session [scenario/bad-committee committee[0].termEnds] (hint: remove the seat, or correct termEnds (the term ends at the session of that year))",
  ]],
  ['constructor-key', [
    "constructor-key.yaml:21:3: key 'constructor' is not allowed [yaml/forbidden-key] (hint: 'constructor' is reserved; rename the key)",
  ]],
  ['custom-tag', [
    "custom-tag.yaml:3:8: tag not allowed: !!js/function [yaml/tag] (hint: scenarios use plain YAML only; remove the tag)",
  ]],
  ['date-outside-session', [
    "date-outside-session.yaml:11:13: day 2025-11-23 does not come after the previous day 2025-11-24 [scenario/date-outside-session session.days[1].date] (hint: list the session days in order, one date per day)",
  ]],
  ['deep-nesting', [
    "deep-nesting.yaml:2:40: nesting deeper than 32 levels [yaml/limit] (hint: a scenario never needs this depth; flatten the structure)",
  ]],
  ['duplicate-candidate', [
    "duplicate-candidate.yaml:17:21: candidate 'alpha' appears twice in 'president' [scenario/duplicate-candidate session.days[0].items[1].candidates[2].id] (hint: list each candidate once)",
  ]],
  ['duplicate-item-id', [
    "duplicate-item-id.yaml:11:17: item id 'opening' is already used by session.days[0].items[0] [scenario/duplicate-id session.days[0].items[1].id] (hint: give every item, additional item and amendment its own id)",
  ]],
  ['duplicate-key', [
    "duplicate-key.yaml:4:1: duplicate key in a map [yaml/duplicate-key] (hint: each key may appear once; merge or remove the second one)",
  ]],
  ['elections-board-candidate', [
    "elections-board-candidate.yaml:11:62: BRA put forward a candidate and cannot sit on the Elections Board [scenario/elections-board-candidate session.days[0].items[1].members[1]] (hint: R4.6: choose a member with no candidate in any election)",
  ]],
  ['elections-board-too-small', [
    "elections-board-too-small.yaml:11:56: the Elections Board has 2 member(s); it needs at least 3 [scenario/elections-board-candidate session.days[0].items[1].members] (hint: R4.6: at least three members without candidates)",
  ]],
  ['impossible-seats', [
    "impossible-seats.yaml:15:18: 4 Delegate seats for EUROPE, which has 3 [scenario/impossible-seats session.days[0].items[1].seats] (hint: rules.elections.delegateSeats sets the seats per region (Q11))",
    "impossible-seats.yaml:15:18: warning: 4 seats but 2 candidate(s); a seat will stay vacant [scenario/impossible-seats session.days[0].items[1].seats]",
  ]],
  ['missing-key', [
    "missing-key.yaml:1:1: missing key 'title' in the scenario [schema/missing-key title] (hint: add 'title:' with text)",
  ]],
  ['nomination-after-opening', [
    "nomination-after-opening.yaml:15:74: nomination received 2025-11-25, after the opening on 2025-11-24 [scenario/date-outside-session session.days[0].items[1].candidates[0].nominationReceived] (hint: nominations arrive before the session; a late one (R4.2) is still before the opening day)",
  ]],
  ['not-a-map', [
    "not-a-map.yaml:1:1: the scenario should be a map of keys, not a list [schema/wrong-type]",
  ]],
  ['out-of-range', [
    "out-of-range.yaml:5:11: 100000 is out of range for session.number; at most 1000 allowed [schema/out-of-range session.number]",
  ]],
  ['proto-key', [
    "proto-key.yaml:20:3: key '__proto__' is not allowed [yaml/forbidden-key] (hint: '__proto__' is reserved; rename the key)",
  ]],
  ['region-override-non-member', [
    "region-override-non-member.yaml:19:22: 'TWN' is not an INTERPOL member [scenario/unknown-member members.regionOverrides.TWN] (hint: use the ISO alpha-3 code of a member; `gasim members` lists them)",
  ]],
  ['scripted-both', [
    "scripted-both.yaml:22:7: a scripted ballot gives neither counts nor votes [scenario/scripted-both voting.scripted[0]] (hint: give either counts (totals) or votes (per member))",
  ]],
  ['scripted-exceeds-electorate', [
    "scripted-exceeds-electorate.yaml:22:7: scripted ballot on 'president' counts 197 papers but only 196 members are represented [scenario/scripted-exceeds-electorate voting.scripted[0]] (hint: the counts, abstain and invalid together cannot exceed the represented members)",
  ]],
  ['scripted-unknown-candidate', [
    "scripted-unknown-candidate.yaml:22:48: 'gamma' is not a choice on 'president' [scenario/unknown-candidate voting.scripted[0].counts.gamma] (hint: the choices are: alpha, beta, yes, no)",
  ]],
  ['scripted-unknown-item', [
    "scripted-unknown-item.yaml:22:15: no agenda item 'budget' [scenario/unknown-item voting.scripted[0].item] (hint: script a ballot of an item that is put to the vote)",
  ]],
  ['secret-per-member', [
    "secret-per-member.yaml:23:14: ballot on 'president' is secret; per-member votes would reveal how each member voted [scenario/secret-per-member voting.scripted[0].votes] (hint: script secret ballots with counts (R3.3, R3.4))",
  ]],
  ['tab-indentation', [
    "tab-indentation.yaml:18:1: tab used for indentation [yaml/syntax] (hint: indent with spaces)",
  ]],
  ['two-presidents', [
    "two-presidents.yaml:21:13: more than one President: committee[0] is President already [scenario/bad-committee committee[1].post] (hint: the Committee has one President (R1.5))",
  ]],
  ['unknown-bloc', [
    "unknown-bloc.yaml:23:37: no registry bloc 'eurozone' [scenario/unknown-bloc voting.model.blocs[0].registryBloc] (hint: the registry blocs are: eu, au, arab-league, asean, gcc, caricom, oas, sco, brics, oic, commonwealth, nato, ots, oif, cis, sadc, ecowas, pif, mercosur)",
  ]],
  ['unknown-key', [
    "unknown-key.yaml:5:3: missing key 'venue' in session [schema/missing-key session.venue] (hint: add 'venue:' with a map of keys)",
    "unknown-key.yaml:6:3: unknown key 'venu' in session; did you mean 'venue'? [schema/unknown-key session.venu] (hint: the keys allowed here are: number, kind, venue, days)",
  ]],
  ['unknown-member', [
    "unknown-member.yaml:6:33: 'XYZ' is not an INTERPOL member [scenario/unknown-member session.venue.country] (hint: use the ISO alpha-3 code of a member; `gasim members` lists them)",
  ]],
  ['wrong-type', [
    "wrong-type.yaml:5:11: session.number should be a number, not 'first' [schema/wrong-type session.number]",
  ]],
  ['yaml-syntax', [
    "yaml-syntax.yaml:7:3: YAML syntax: flow map in block collection must be sufficiently indented and end with a } [yaml/syntax] (hint: check the indentation and quoting on this line or the one before)",
  ]],
];

function validateLines(name: string): string[] {
  const file = `${name}.yaml`;
  const loaded = loadScenarioText(readFileSync(new URL(file, dir), 'utf8'), file);
  return loaded.ok ? ['OK'] : loaded.problems.map((p) => formatProblem(file, p));
}

describe('loadScenarioText on broken scenarios', () => {
  it.each(CASES)('reports %s at its line and column', (name, lines) => {
    expect(validateLines(name)).toEqual(lines);
  });

  it('has a case for every fixture and a fixture for every case', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();
    expect(CASES.map(([name]) => name).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(25);
  });
});
