import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJournal } from '../../src/machine/journal.js';
import { selectSessionView } from '../../src/machine/selectors/session-view.js';
import { loadScenarioText } from '../../src/scenario/load-scenario.js';
import { renderMinutes } from '../../src/sim/minutes.js';
import { toRunResult } from '../../src/sim/run-result.js';
import { runSession } from '../../src/sim/run-session.js';
import { aggregateOutcomes, renderSummary, summarise, summaryToCsv, summaryToJson } from '../../src/sim/sweep/index.js';
import { toOutcome } from '../../src/sim/to-outcome.js';

const CODES = ['DEU', 'ITA', 'JPN', 'KEN', 'MEX', 'NGA', 'ESP', 'CAN', 'IND', 'ARG'] as const;
const CHOICE = /^(yes|no|abstain|invalid|alpha|beta)$/;

/** A session with a recorded question scripted member by member, a secret question and a secret election. */
function scenarioText(votes: Readonly<Record<string, string>>): string {
  return `format: gasim/scenario@1
id: secrecy
title: Secrecy
session:
  number: 1
  venue: { city: Lyon, country: FRA }
  days:
    - date: 2025-11-24
      items:
        - { id: opening, kind: ceremony }
        - { id: rec, kind: resolution, title: Recorded, method: electronic-recorded }
        - { id: sec, kind: resolution, title: Secret, method: secret }
        - { id: president, kind: election, post: president, candidates: [{ id: alpha, name: Alpha, member: FRA }, { id: beta, name: Beta, member: BRA }] }
        - { id: closing, kind: closing }
members: { represented: all }
rules: {}
voting:
  scripted:
    - { item: rec, votes: ${JSON.stringify(votes)} }
`;
}

/** Every (member, choice) pair a structured output holds: `{FRA: 'yes'}` entries and `{member, choice}` objects. */
function memberChoicePairs(value: unknown, found: string[] = []): string[] {
  if (typeof value !== 'object' || value === null) return found;
  const record = value as Record<string, unknown>;
  if (typeof record.member === 'string' && typeof record.choice === 'string') found.push(`${record.member}:${record.choice}`);
  for (const [key, v] of Object.entries(record)) {
    if (/^[A-Z]{3}$/.test(key) && typeof v === 'string' && CHOICE.test(v)) found.push(`${key}:${v}`);
    memberChoicePairs(v, found);
  }
  return found;
}

/** Text outputs: a member code followed closely by a choice on one line (candidates print as NAME (FRA), so not their ids). */
const textPairs = (text: string) => [...text.matchAll(/\b([A-Z]{3})\b[^\n|]{0,12}?\b(yes|no|abstain|invalid)\b/gi)].map((m) => `${m[1]}:${m[2]!.toLowerCase()}`);

const scripted = fc.dictionary(fc.constantFrom(...CODES), fc.constantFrom('yes', 'no', 'abstain', 'invalid'), { minKeys: 1, maxKeys: CODES.length });

describe('ballot secrecy over every output (issue 9, item 4)', () => {
  it('shows recorded choices and never a member with its choice in a secret ballot', () => {
    fc.assert(
      fc.property(scripted, fc.nat({ max: 1000 }), (votes, seed) => {
        const loaded = loadScenarioText(scenarioText(votes), 'secrecy.yaml');
        if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems[0]));
        const scenario = loaded.value.scenario;
        const run = runSession(scenario, seed);
        const recorded = Object.entries(votes).map(([m, c]) => `${m}:${c}`).sort();
        const only = (pairs: string[]) => [...new Set(pairs)].filter((p) => !recorded.includes(p));

        // the journal: the recorded ballot member by member, the secret ones as tellers' counts only
        const events = run.events;
        const voteEvents = events.filter((e) => e.type === 'delegation.castBallot' || e.type === 'delegation.castVote');
        expect(voteEvents).toEqual([{ type: 'delegation.castBallot', votes }]);
        expect(events.filter((e) => e.type === 'tellers.reportCount').length).toBeGreaterThanOrEqual(2);
        const journal = formatJournal('{}\n', events);
        expect(only(memberChoicePairs(journal.split('\n').filter(Boolean).map((l) => JSON.parse(l))))).toEqual([]);

        // the JSON result and the TUI's view model (with member votes shown): the sanity pairs appear, no others
        const json = JSON.parse(JSON.stringify(toRunResult(run.snapshot.context))) as unknown;
        expect([...new Set(memberChoicePairs(json))].sort()).toEqual(recorded);
        expect(only(memberChoicePairs(selectSessionView(run.snapshot, { showVotes: true })))).toEqual([]);

        // the minutes and the sweep summary (JSON, CSV, text)
        const summary = summarise(aggregateOutcomes([toOutcome(run.snapshot.context), toOutcome(runSession(scenario, seed + 1).snapshot.context)]));
        for (const text of [renderMinutes(run.snapshot.context), summaryToJson(summary), summaryToCsv(summary), renderSummary(summary, 100)]) expect(only(textPairs(text))).toEqual([]);
        expect(only(memberChoicePairs(JSON.parse(summaryToJson(summary))))).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });
});
