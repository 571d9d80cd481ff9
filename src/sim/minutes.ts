import type { Candidate } from '../domain/election.js';
import type { Announcement } from '../domain/vote.js';
import type { ElectionRecord, QuestionRecord, SessionContext } from '../machine/context.js';
import { titleOf } from '../machine/procedure/items.js';
import { frenchAlphabeticalOrder, memberByCode } from '../registry/members.js';
import type { Electorate } from '../domain/member.js';
import { unusedScripts } from './script-use.js';
import { candidateLabel, dateRange, describeExclusions, longDate, ordinal, postTitle, regionName } from './format.js';

/**
 * The minutes of a run as Markdown (issue 5): per day, each item and its decision, each result in
 * the order of R3.7 with its threshold arithmetic, each election ballot by ballot, the Committee
 * after the session. Secret ballots show totals only (R3.3); recorded votes are annexed in French
 * alphabetical order (R3.2). Pure: the same context gives the same bytes.
 */
export function renderMinutes(ctx: SessionContext): string {
  const { setup } = ctx;
  const out: string[] = [];
  const first = setup.days[0]!.date;
  const last = setup.days.at(-1)!.date;
  const country = memberByCode(setup.venue.country)?.name ?? setup.venue.country;
  out.push(`# ${ordinal(setup.sessionNumber)} session of the General Assembly — ${setup.venue.city}, ${country}, ${dateRange(first, last)}`);
  out.push('');
  const represented = ctx.standings.filter((s) => s.represented).length;
  // admissions change the Organization during the session (R1.4): say both totals then
  const members = setup.totalMembers === ctx.totalMembers ? `${ctx.totalMembers} Members` : `${setup.totalMembers} Members at the opening, ${ctx.totalMembers} at the close`;
  out.push(`Scenario \`${setup.scenarioId}\` · seed ${ctx.seed} · rules: ${setup.rules.name} · ${members}, ${represented} represented`);
  const citations = new Set<string>();
  const said = { last: null as Electorate | null };
  setup.days.forEach((day, d) => {
    out.push('', `## Day ${d + 1} — ${longDate(day.date, true)}${day.label ? ` (${day.label})` : ''}`);
    for (const index of day.items) out.push(...itemSection(ctx, index, citations, said));
  });
  out.push('', '## Executive Committee after the session', '', '| Post | Holder | Member | Region | Term |', '|---|---|---|---|---|');
  for (const s of [...ctx.committee.seats].sort(seatOrder)) {
    out.push(`| ${postTitle(s.post, s.region)} | ${s.holder} | ${memberByCode(s.member)?.name ?? s.member} | ${regionName(s.region)} | ${s.elected}–${s.termEnds} |`);
  }
  out.push('', '## Annex: rules applied', '', [...citations].sort().join('; ') + '.');
  const unused = unusedScripts(ctx);
  if (unused.length > 0) {
    out.push('', '## Annex: scripted results not used in this run', '');
    for (const u of unused) out.push(`- voting.scripted[${u.index}]: ${u.message}.`);
  }
  const recorded = ctx.records.filter((r): r is QuestionRecord & { recorded: object } => r.kind === 'question' && r.recorded !== undefined);
  if (recorded.length > 0) {
    out.push('', '## Annex: recorded votes (French alphabetical order, R3.2)');
    for (const r of recorded) out.push('', ...recordedVotes(ctx, r));
  }
  return out.join('\n') + '\n';
}

const POST_ORDER = { president: 0, 'vice-president': 1, delegate: 2 } as const;
function seatOrder(a: { post: keyof typeof POST_ORDER; region: string; holder: string }, b: typeof a): number {
  return POST_ORDER[a.post] - POST_ORDER[b.post] || a.region.localeCompare(b.region) || a.holder.localeCompare(b.holder);
}

/** The members without a vote, said once and then only when they change from the last ballot said. */
function electorateLine(electorate: Electorate, said: { last: Electorate | null }): string[] {
  const same = said.last !== null && sameExclusions(said.last, electorate);
  said.last = electorate;
  return same ? [] : ['', describeExclusions(electorate)];
}

function sameExclusions(a: Electorate, b: Electorate): boolean {
  return a === b || (a.excluded.length === b.excluded.length && a.excluded.every((x, i) => x.code === b.excluded[i]!.code && x.reason === b.excluded[i]!.reason));
}

const NO_RECORD: Partial<Record<string, string>> = {
  pending: 'Not taken up.',
  deferred: 'Deferred.',
  'not-held': 'Not held: no seat of this kind fell vacant (Q7).',
  proposed: 'Proposed as an additional item; the Assembly did not vote on placing it on the agenda (R5.5).',
  'not-included': 'Not placed on the agenda: the proposal to add it did not obtain two-thirds (R5.5).',
};

function itemSection(ctx: SessionContext, index: number, citations: Set<string>, said: { last: Electorate | null }): string[] {
  const item = ctx.setup.items[index]!;
  const lines = ['', `### ${item.number}. ${titleOf(item)}`];
  const records = ctx.records.filter((r) => r.item === index);
  const status = ctx.statuses[index]!;
  if (records.length === 0) {
    lines.push('', NO_RECORD[status] ?? 'Noted.');
    return lines;
  }
  for (const r of records) lines.push('', ...(r.kind === 'question' ? questionLines(ctx, r, citations, said) : electionLines(ctx, r, citations, said)));
  return lines;
}

const METHODS: Record<string, string> = {
  'electronic-recorded': 'Electronic recorded vote',
  secret: 'Secret ballot',
  'show-of-hands': 'Show of hands',
  'roll-call': 'Roll call in French alphabetical order',
  consensus: 'By consensus',
};

function questionLines(ctx: SessionContext, r: QuestionRecord, citations: Set<string>, said: { last: Electorate | null }): string[] {
  const what = r.subject.kind === 'proposal' ? '' : `**${subjectTitle(ctx, r)}** — `;
  if (r.result === null) return [`${what}${r.decision === 'adopted' ? 'Adopted by consensus.' : 'No consensus; the question must be put to a vote.'}`];
  for (const x of r.trace.electorate.excluded) citations.add(`${x.citation.source} (${x.citation.rule})`);
  const { threshold, announcement, trail } = r.result;
  for (const t of trail) citations.add(`${t.citation.source} (${t.citation.rule})`);
  const decision = r.decision === 'adopted' ? 'Adopted' : 'Rejected';
  return [
    `${what}${decision} (${threshold.arithmetic}; ${threshold.citation.source}). ${METHODS[r.method] ?? r.method}.`,
    '',
    '| Members entitled to vote | Abstentions | Invalid | Votes expressed | Majority required | Yes | No |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    `| ${announcement.entitled} | ${announcement.abstentions} | ${announcement.invalid} | ${announcement.expressed} | ${announcement.majorityRequired} | ${count(announcement, 'yes')} | ${count(announcement, 'no')} |`,
    '',
    `Needed ${announcement.needed} · got ${announcement.got} · ${announcement.missing > 0 ? `missing ${announcement.missing}` : 'carried'}.${r.result.tie ? ' Equally divided: the proposal is rejected (Q2).' : ''}`,
    ...electorateLine(r.trace.electorate, said),
  ];
}

function count(a: Announcement, label: string): number {
  return a.counts.find((c) => c.label === label)?.votes ?? 0;
}

function subjectTitle(ctx: SessionContext, r: QuestionRecord): string {
  const s = r.subject;
  if (s.kind === 'amendment') return `Amendment ${s.amendment}`;
  if (s.kind === 'additional-item') {
    const added = ctx.setup.items.find((i) => i.id === s.additional);
    return `Placing the additional item "${added ? titleOf(added) : s.additional}" on the agenda (R5.5)`;
  }
  if (s.kind === 'motion') return `Motion to ${s.motion.replace('-', ' ')} (R6.4)`;
  if (s.kind === 'appeal') return 'Appeal against the ruling of the President (R2.9)';
  return 'Proposal';
}

function electionLines(ctx: SessionContext, r: ElectionRecord, citations: Set<string>, said: { last: Electorate | null }): string[] {
  const byId = new Map<string, Candidate>(r.candidates.map((c) => [c.id, c]));
  const label = (id: string) => (byId.has(id) ? candidateLabel(byId.get(id)!) : id);
  const seatTitle = `${postTitle(r.post, r.region)}${r.reopened ? ' (seat reopened, Q7)' : ''}${r.seat > 1 ? ` — seat ${r.seat}` : ''}`;
  const lines = [`**${seatTitle}** (secret ballot). Ballot paper, as the Elections Board listed the valid nominations (R4.6): ${r.paper.map(label).join(', ') || 'none'}.`];
  if (r.excluded.length > 0) lines.push('', `Not on the paper: ${r.excluded.map((x) => `${label(x.candidate)}, ${x.reason} (${x.rule})`).join('; ')}.`);
  for (const { electorate: e } of r.ballots.slice(0, 1)) lines.push(...electorateLine(e, said));
  const paper = r.result.rounds[0]?.candidates ?? [];
  if (r.result.rounds.length > 0) {
    const yesNo = paper.length === 1;
    const names = yesNo ? ['Yes', 'No'] : paper.map(label);
    lines.push('', `| Ballot | Entitled | Abst. | Invalid | Expressed | Required | ${names.join(' | ')} | Outcome |`, `|---:|---:|---:|---:|---:|---|${names.map(() => '---:').join('|')}|---|`);
    for (const round of r.result.rounds) {
      const a = round.announcement;
      for (const t of round.trail) citations.add(`${t.citation.source} (${t.citation.rule})`);
      const cells = yesNo ? [count(a, 'yes'), count(a, 'no')] : paper.map((id) => (round.candidates.includes(id) ? String(count(a, id)) : '—'));
      const outcome = round.elected.length > 0 ? `${round.elected.map(label).join(', ')} elected` : round.outcome.replace('-', ' ');
      lines.push(`| ${round.ballot} | ${a.entitled} | ${a.abstentions} | ${a.invalid} | ${a.expressed} | ${a.majorityRequired} (${round.threshold.majority}) | ${cells.join(' | ')} | ${outcome} |`);
    }
    lines.push('');
    for (const round of r.result.rounds) {
      const notes = round.trail.slice(1).map((t) => t.text);
      const lots = round.tieBreaks.filter((t) => t.kind === 'lots').map((t) => `lots drawn between ${t.candidates.map(label).join(' and ')}: ${label(t.drawn ?? '')} (${t.purpose}, R4.11)`);
      if (notes.length + lots.length > 0) lines.push(`- Ballot ${round.ballot}: ${[...notes, ...lots].join('; ')}.`);
    }
  }
  if (r.result.vacant > 0) lines.push('', `Seat left vacant: ${r.result.vacancyReason ?? 'no candidate elected'}.`);
  return lines;
}

function recordedVotes(ctx: SessionContext, r: QuestionRecord & { recorded: object }): string[] {
  const item = ctx.setup.items[r.item]!;
  const votes = r.recorded as Record<string, string>;
  const groups: Record<string, string[]> = { yes: [], no: [], abstain: [], invalid: [] };
  const codes = Object.keys(votes);
  const known = frenchAlphabeticalOrder(codes.filter((c) => memberByCode(c) !== undefined));
  const admitted = codes.filter((c) => memberByCode(c) === undefined).sort();
  for (const code of [...known, ...admitted]) groups[votes[code]!]!.push(memberByCode(code)?.nameFr ?? code);
  return [
    `**${item.number}. ${titleOf(item)}${r.subject.kind === 'proposal' ? '' : ` — ${subjectTitle(ctx, r)}`}**`,
    '',
    `- Yes (${groups.yes!.length}): ${groups.yes!.join(', ') || '—'}`,
    `- No (${groups.no!.length}): ${groups.no!.join(', ') || '—'}`,
    `- Abstentions (${groups.abstain!.length}): ${groups.abstain!.join(', ') || '—'}`,
  ];
}
