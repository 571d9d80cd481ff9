import type { Candidate } from '../domain/election.js';
import type { Announcement } from '../domain/vote.js';
import type { ElectionRecord, QuestionRecord, SessionContext } from '../machine/context.js';
import { titleOf } from '../machine/procedure/items.js';
import { frenchAlphabeticalOrder, memberByCode } from '../registry/members.js';
import type { Electorate } from '../domain/member.js';
import { unusedScripts } from './script-use.js';
import { candidateLabel, dateRange, describeExclusions, longDate, ordinal, postTitle, regionName } from './format.js';
import { quorumChecksOf, recordsOf } from '../machine/record.js';

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
  out.push('', quorumRule(ctx));
  const citations = new Set<string>();
  const said = { last: null as Electorate | null };
  setup.days.forEach((day, d) => {
    out.push('', `## Day ${d + 1} — ${longDate(day.date, true)}${day.label ? ` (${day.label})` : ''}`);
    const opening = quorumChecksOf(ctx).find((q) => q.stage === 'open' && q.day === d);
    if (opening) out.push('', `Quorum to open the sitting: ${opening.check.text} (${opening.check.citation.rule}).${opening.check.met ? '' : ' The sitting does not open; its items are carried over or deferred.'}`);
    for (const index of [...carriedInto(ctx, d), ...day.items]) out.push(...itemSection(ctx, index, d, citations, said));
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
  const recorded = recordsOf(ctx).filter((r): r is QuestionRecord & { recorded: object } => r.kind === 'question' && r.recorded !== undefined);
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

/** The quorum rule of the session, said once under the title (R2.10, Q1). */
function quorumRule(ctx: SessionContext): string {
  const q = ctx.setup.rules.quorum;
  if (!q.enabled) return 'No quorum rule applies: the Constitution, the General Regulations and the Rules of Procedure set none (R2.10, Q1).';
  const share = (f: { numerator: number; denominator: number }) => `${f.numerator}/${f.denominator}`;
  return `Quorum (Q1, UN rule 67 as a project setting): ${share(q.toOpen)} of the members with voting rights to open a sitting, ${share(q.toDecide)} to take a decision${q.countSuspended ? ', members suspended for arrears counting as present' : ''}; an item without a quorum is ${q.withoutQuorum === 'carry-over' ? 'taken up again at the next sitting' : 'deferred'}.`;
}

/** Items of earlier days taken up on day `day` after being carried over for want of a quorum (Q1). */
function carriedInto(ctx: SessionContext, day: number): number[] {
  const taken = [...recordsOf(ctx).map((r) => ({ item: r.item, day: r.day })), ...quorumChecksOf(ctx).filter((q) => q.item !== null).map((q) => ({ item: q.item!, day: q.day }))];
  return [...new Set(taken.filter((t) => t.day === day && ctx.setup.items[t.item]!.day !== day).map((t) => t.item))];
}

function itemSection(ctx: SessionContext, index: number, day: number, citations: Set<string>, said: { last: Electorate | null }): string[] {
  const item = ctx.setup.items[index]!;
  const from = item.day === day ? '' : ` (carried over from day ${item.day + 1})`;
  const lines = ['', `### ${item.number}. ${titleOf(item)}${from}`];
  const checks = quorumChecksOf(ctx).filter((q) => q.stage === 'decide' && q.item === index && q.day === day);
  const first = checks[0];
  if (first) lines.push('', `Quorum to decide: ${first.check.text} (${first.check.citation.rule}).`);
  const failed = checks.find((q) => !q.check.met);
  const records = recordsOf(ctx).filter((r) => r.item === index && r.day === day);
  for (const r of records) lines.push('', ...(r.kind === 'question' ? questionLines(ctx, r, citations, said) : electionLines(ctx, r, citations, said)));
  const laterDay = [...recordsOf(ctx), ...quorumChecksOf(ctx)].some((r) => r.item === index && r.day > day);
  const closed = quorumChecksOf(ctx).some((q) => q.stage === 'open' && q.day === day && !q.check.met);
  if (failed) lines.push('', `No decision without a quorum: ${laterDay ? 'carried over to the next sitting' : 'deferred'} (Q1).`);
  else if (closed && records.length === 0) lines.push('', `Not taken up: the sitting could not open for want of a quorum; ${laterDay ? 'carried over to the next sitting' : 'deferred'} (Q1).`);
  else if (records.length === 0) lines.push('', laterDay ? 'Carried over to the next sitting (Q1).' : NO_RECORD[ctx.statuses[index]!] ?? 'Noted.');
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
