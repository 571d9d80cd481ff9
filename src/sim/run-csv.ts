import { memberByCode } from '../registry/members.js';
import { csvTable, type CsvValue } from './csv.js';
import type { RunResult } from './run-result.js';

/**
 * Spreadsheet tables of one run (`gasim run --csv DIR`, issue 14.3), projected from the JSON
 * result, which stays the source of truth: the agenda items, every ballot with one row per
 * candidate (or per yes/no) in the order of R3.7, and the recorded per-member votes. Secret
 * ballots give counts only: they have no per-member row, ever (R3.3).
 */
export interface CsvFile {
  readonly name: string;
  readonly text: string;
  /** Data rows, without the header. */
  readonly rows: number;
}

export const ITEM_COLUMNS = ['number', 'item', 'day', 'kind', 'title', 'status'] as const;

export const BALLOT_COLUMNS = [
  'ballot', 'item', 'item_title', 'day', 'subject', 'post', 'region', 'seat', 'round', 'method',
  'entitled', 'abstentions', 'invalid', 'expressed', 'majority_required', 'arithmetic',
  'candidate', 'candidate_name', 'member', 'member_name', 'choice', 'votes', 'outcome', 'candidate_outcome',
] as const;

export const VOTE_COLUMNS = ['ballot', 'item', 'item_title', 'day', 'subject', 'method', 'member', 'member_name', 'vote'] as const;

type Announcement = NonNullable<RunResult['decisions'][number]['announcement']>;

function votesOf(a: Announcement, label: string): number {
  return a.counts.find((c) => c.label === label)?.votes ?? 0;
}

function nameOf(code: string, result: RunResult): string {
  return memberByCode(code)?.name ?? result.members.admitted.find((m) => m.code === code)?.name ?? code;
}

function figures(a: Announcement, arithmetic: string): CsvValue[] {
  return [a.entitled, a.abstentions, a.invalid, a.expressed, a.majorityRequired, arithmetic];
}

/** The three tables of a run, each with its header row. */
export function runToCsv(result: RunResult): CsvFile[] {
  const titles = new Map(result.items.map((i) => [i.id, i.title]));
  const items = result.items.map((i) => [i.number, i.id, i.day, i.kind, i.title, i.status]);
  const ballots: CsvValue[][] = [];
  const votes: CsvValue[][] = [];
  for (const d of result.decisions) {
    const head = [d.ballot, d.item, titles.get(d.item), d.day, d.subject, '', '', '', '', d.method];
    if (d.announcement && d.threshold) {
      for (const choice of ['yes', 'no']) {
        ballots.push([...head, ...figures(d.announcement, d.threshold.arithmetic), '', '', '', '', choice, votesOf(d.announcement, choice), d.decision, '']);
      }
    }
    // per-member rows only where the record has them: recorded votes and roll calls, never a secret ballot (R3.3)
    if (d.recorded && d.method !== 'secret') {
      for (const [member, vote] of Object.entries(d.recorded)) votes.push([d.ballot, d.item, titles.get(d.item), d.day, d.subject, d.method, member, nameOf(member, result), vote]);
    }
  }
  for (const e of result.elections) {
    const byId = new Map(e.candidates.map((c) => [c.id, c]));
    for (const round of e.rounds) {
      const head = [round.key, e.item, titles.get(e.item), e.day, 'election', e.post, e.region ?? '', e.seat, round.ballot, 'secret', ...figures(round.announcement, round.threshold.arithmetic)];
      // the ballot's outcome, then what it meant for this candidate: elected, eliminated, or neither
      const outcome = (id: string) => [round.outcome, round.elected.includes(id) ? 'elected' : round.eliminated.includes(id) ? 'eliminated' : ''];
      const person = (id: string) => {
        const c = byId.get(id);
        return [id, c?.displayName ?? id, c?.member ?? '', c ? nameOf(c.member, result) : ''];
      };
      if (round.candidates.length === 1) {
        const id = round.candidates[0]!;
        for (const choice of ['yes', 'no']) ballots.push([...head, ...person(id), choice, votesOf(round.announcement, choice), ...outcome(id)]);
      } else {
        // R3.7: each candidate's votes in decreasing order; equal votes in the paper's order
        const ranked = round.candidates.map((id, k) => ({ id, k, votes: votesOf(round.announcement, id) })).sort((a, b) => b.votes - a.votes || a.k - b.k);
        for (const c of ranked) ballots.push([...head, ...person(c.id), '', c.votes, ...outcome(c.id)]);
      }
    }
  }
  return [
    { name: 'items.csv', text: csvTable(ITEM_COLUMNS, items), rows: items.length },
    { name: 'ballots.csv', text: csvTable(BALLOT_COLUMNS, ballots), rows: ballots.length },
    { name: 'votes.csv', text: csvTable(VOTE_COLUMNS, votes), rows: votes.length },
  ];
}
