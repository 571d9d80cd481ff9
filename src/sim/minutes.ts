import type { RecordedVotes } from '../domain/vote.js';
import type { SessionContext } from '../machine/context.js';
import { quorumChecksOf, recordedVotesOf, recordsOf, type QuestionRecord } from '../record/record.js';
import { mapStrings, markdownText } from '../domain/safe-text.js';
import { titleOf } from '../scenario/agenda-items.js';
import type { SetupItem } from '../scenario/session-setup.js';
import { frenchAlphabeticalOrder, memberByCode } from '../registry/members.js';
import { unusedScripts } from './script-use.js';
import { dateRange, ITEM_WITHOUT_RECORD, longDate, ordinal } from './format.js';
import { rulesApplied, type Applied } from './minutes-annex.js';
import { announcementLine, electionLines, votesOf } from './minutes-election.js';
import { attendanceLine, committeeLines, credentialsLines, memberList, memberName, withoutAVoteLine, type Said } from './minutes-people.js';

/**
 * The minutes of a run as Markdown, as a secretariat would sign them (issues 5 and 14): per day and
 * sitting, attendance and credentials; each item and its decision; each result in the order of
 * R3.7 with its threshold arithmetic in words and the members without a vote and why, read from the
 * ballot's frozen electorate; each election ballot by ballot with the candidates in decreasing
 * order of votes, ties and lots; amounts, amendments with their text, the host of the next
 * session; the Committee after the session with its vacancies and outgoing members; and an annex
 * of the rules applied and where. Names, never ids; untrusted text is Markdown-neutralised. Secret ballots show totals only (R3.3);
 * recorded votes are annexed in French alphabetical order (R3.2). Pure: the same context gives
 * the same bytes.
 */
export function renderMinutes(record: SessionContext): string {
  // every string of the record (names, titles, labels) as Markdown text; ids and codes are unchanged (issue 18)
  const ctx = mapStrings(record, markdownText);
  const { setup } = ctx;
  const out: string[] = [];
  const first = setup.days[0]!.date;
  const last = setup.days.at(-1)!.date;
  const country = memberName(ctx, setup.venue.country);
  out.push(`# ${ordinal(setup.sessionNumber)} session of the General Assembly — ${setup.venue.city}, ${country}, ${dateRange(first, last)}`);
  out.push('');
  const represented = ctx.standings.filter((s) => s.represented).length;
  // admissions change the Organization during the session (R1.4): say both totals then
  const members = setup.totalMembers === ctx.totalMembers ? `${ctx.totalMembers} Members` : `${setup.totalMembers} Members at the opening, ${ctx.totalMembers} at the close`;
  out.push(`Simulated session “${setup.title}” · seed ${ctx.seed} · rules: ${setup.rules.name} · ${members}, ${represented} represented`);
  out.push('', quorumRule(ctx));
  const { applied, annex } = rulesApplied();
  const said: Said = { lists: [] };
  const hasCredentialsItem = setup.items.some((i) => i.kind === 'credentials');
  if (!hasCredentialsItem) out.push('', '## Attendance and credentials', '', ...credentialsLines(ctx));
  applied({ rule: 'R2.1', source: 'CONST Art 13; RPGA Art 35 (no proxies)' }, 'attendance');
  setup.days.forEach((day, d) => {
    out.push('', `## Day ${d + 1} — ${longDate(day.date, true)}${day.label ? ` (${day.label})` : ''}`);
    out.push('', `Sitting of ${longDate(day.date, false)}. ${attendanceLine(ctx, d)}`);
    const opening = quorumChecksOf(ctx).find((q) => q.stage === 'open' && q.day === d);
    if (opening) {
      applied(opening.check.citation, `day ${d + 1}`);
      out.push('', `Quorum to open the sitting: ${opening.check.text} (${opening.check.citation.rule}).${opening.check.met ? '' : ' The sitting does not open; its items are carried over or deferred.'}`);
    }
    for (const index of [...carriedInto(ctx, d), ...day.items]) out.push(...itemSection(ctx, index, d, applied, said));
  });
  out.push('', '## Host of the next session', '', nextHost(ctx));
  applied({ rule: 'R5.2', source: 'CONST Art 12; GR Arts 4–6' }, 'the host of the next session');
  out.push('', '## Executive Committee after the session', '', ...committeeLines(ctx));
  applied({ rule: 'R1.9', source: 'RPGA Art 49(1)' }, 'the Committee after the session');
  // the choices are a code, read from the record as it is (the Markdown-neutralised copy escapes a leading '-')
  const raw = recordsOf(record);
  const recorded = recordsOf(ctx).flatMap((r, i) => (r.kind === 'question' && r.choices !== undefined ? [{ ...r, votes: recordedVotesOf(raw[i] as QuestionRecord)! }] : []));
  for (const r of recorded) applied({ rule: 'R3.2', source: 'RPGA Art 39(2),(6),(7); RPGA Art 19' }, `item ${setup.items[r.item]!.number}`);
  out.push('', '## Annex: rules applied', '', ...annex());
  const unused = unusedScripts(ctx);
  if (unused.length > 0) {
    out.push('', '## Annex: scripted results not used in this run', '');
    for (const u of unused) out.push(`- voting.scripted[${u.index}]: ${u.message}.`);
  }
  if (recorded.length > 0) {
    out.push('', '## Annex: recorded votes (French alphabetical order, R3.2)');
    for (const r of recorded) out.push('', ...recordedVotes(ctx, r));
  }
  return out.join('\n') + '\n';
}

/** The venue decided at this session, or why none was (R5.2). */
function nextHost(ctx: SessionContext): string {
  const venues = ctx.setup.items.filter((i): i is SetupItem & { kind: 'venue' } => i.kind === 'venue');
  if (venues.length === 0) return 'No venue item was on the agenda: the host of the next session was not decided at this session (R5.2).';
  return venues
    .map((v) => {
      const session = v.sessionNumber === undefined ? 'a future session' : `the ${ordinal(v.sessionNumber)} session`;
      const status = ctx.statuses[v.index];
      if (status === 'adopted') return `The Assembly accepted the invitation of ${memberName(ctx, v.host)} to host ${session} (item ${v.number}, R5.2).`;
      if (status === 'rejected') return `The Assembly did not accept the invitation of ${memberName(ctx, v.host)} to host ${session} (item ${v.number}, R5.2).`;
      return `The invitation of ${memberName(ctx, v.host)} to host ${session} was not decided (item ${v.number}: ${ITEM_WITHOUT_RECORD[status ?? ''] ?? 'not taken up.'})`;
    })
    .join(' ');
}


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

function itemSection(ctx: SessionContext, index: number, day: number, applied: Applied, said: Said): string[] {
  const item = ctx.setup.items[index]!;
  const where = `item ${item.number}`;
  const from = item.day === day ? '' : ` (carried over from day ${item.day + 1})`;
  const lines = ['', `### ${item.number}. ${titleOf(item)}${from}`];
  if (item.reference) lines.push('', `Reference: ${item.reference}.`);
  if (item.kind === 'credentials') {
    lines.push('', ...credentialsLines(ctx));
    applied({ rule: 'R5.6', source: 'RPGA Art 8' }, where);
    if (ctx.setup.observers.length > 0) applied({ rule: 'R5.11', source: 'GR Art 8; RPGA Arts 6, 23, 55(3)' }, where);
  }
  if (item.kind === 'budget' || item.kind === 'programme') {
    lines.push('', item.amountEur === undefined ? 'Amount: not given in the scenario.' : `Amount: EUR ${item.amountEur.toLocaleString('en-GB')}.`);
  }
  if (item.kind === 'venue') lines.push('', `Invitation of ${memberName(ctx, item.host)} to host ${item.sessionNumber === undefined ? 'a future session' : `the ${ordinal(item.sessionNumber)} session`}.`);
  if (item.kind === 'membership') lines.push('', `Application of ${item.applicant.name} for membership (R1.4).`);
  if (item.kind === 'arrears-waiver') lines.push('', `Request of ${memberName(ctx, item.member)} for a waiver of its arrears.`);
  if (item.kind === 'elections-board' && item.members.length > 0) lines.push('', `Proposed members of the Elections Board: ${memberList(ctx, item.members)} (R4.6).`);
  const amendments = amendmentsOf(item);
  if (amendments.length > 0) {
    lines.push('', `Amendments submitted (${amendments.length}), furthest removed first (R6.8):`, '');
    for (const a of [...amendments].sort((x, y) => y.remoteness - x.remoteness)) {
      lines.push(`- ${a.title}${a.acceptedBySponsor ? ' (accepted by the sponsor: joins the proposal without a vote)' : ''}: “${a.text ?? a.title}”`);
    }
    applied({ rule: 'R6.8', source: 'GR Arts 25, 31(2); RPGA Art 42(3)–(6)' }, where);
  }
  const checks = quorumChecksOf(ctx).filter((q) => q.stage === 'decide' && q.item === index && q.day === day);
  const first = checks[0];
  if (first) {
    applied(first.check.citation, where);
    lines.push('', `Quorum to decide: ${first.check.text} (${first.check.citation.rule}).`);
  }
  const failed = checks.find((q) => !q.check.met);
  const records = recordsOf(ctx).filter((r) => r.item === index && r.day === day);
  for (const r of records) lines.push('', ...(r.kind === 'question' ? questionLines(ctx, r, where, applied, said) : electionLines(ctx, r, where, said, applied)));
  const laterDay = [...recordsOf(ctx), ...quorumChecksOf(ctx)].some((r) => r.item === index && r.day > day);
  const closed = quorumChecksOf(ctx).some((q) => q.stage === 'open' && q.day === day && !q.check.met);
  if (failed) lines.push('', `No decision without a quorum: ${laterDay ? 'carried over to the next sitting' : 'deferred'} (Q1).`);
  else if (closed && records.length === 0) lines.push('', `Not taken up: the sitting could not open for want of a quorum; ${laterDay ? 'carried over to the next sitting' : 'deferred'} (Q1).`);
  else if (records.length === 0) lines.push('', laterDay ? 'Carried over to the next sitting (Q1).' : ITEM_WITHOUT_RECORD[ctx.statuses[index]!] ?? 'The Assembly took note.');
  return lines;
}

type Amendment = { readonly id: string; readonly title: string; readonly text?: string | undefined; readonly remoteness: number; readonly acceptedBySponsor: boolean };

/** The amendments submitted to an item (R6.8). */
function amendmentsOf(item: SetupItem): readonly Amendment[] {
  return 'amendments' in item ? item.amendments : [];
}

const METHODS: Record<string, string> = {
  'electronic-recorded': 'Electronic recorded vote',
  secret: 'Secret ballot',
  'show-of-hands': 'Show of hands',
  'roll-call': 'Roll call in French alphabetical order',
  consensus: 'By consensus',
};

function questionLines(ctx: SessionContext, r: QuestionRecord, where: string, applied: Applied, said: Said): string[] {
  const what = r.subject.kind === 'proposal' ? '' : `**${subjectTitle(ctx, r)}** — `;
  if (r.result === null) return [`${what}${r.decision === 'adopted' ? 'Adopted by consensus.' : 'No consensus; the question must be put to a vote.'}`];
  for (const x of r.trace.electorate.excluded) applied(x.citation, where);
  const { threshold, announcement: a, trail } = r.result;
  for (const t of trail) applied(t.citation, where);
  applied(threshold.citation, where);
  const decision = r.decision === 'adopted' ? 'Adopted' : 'Rejected';
  return [
    `${what}${decision}. ${METHODS[r.method] ?? r.method}. ${announcementLine(a, threshold.arithmetic, threshold.citation.source)}`,
    '',
    '| Members entitled to vote | Abstentions | Invalid | Votes expressed | Majority required | Yes | No |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    `| ${a.entitled} | ${a.abstentions} | ${a.invalid} | ${a.expressed} | ${a.majorityRequired} | ${votesOf(a, 'yes')} | ${votesOf(a, 'no')} |`,
    '',
    `Needed ${a.needed}, obtained ${a.got}: ${a.missing > 0 ? `${a.missing} short, ${r.decision}` : r.decision}.${r.result.tie ? ' Equally divided: the proposal is rejected (Q2).' : ''}`,
    '',
    withoutAVoteLine(ctx, r.trace.electorate, where, said),
  ];
}

const MOTIONS: Record<string, string> = {
  suspend: 'Motion to suspend the sitting',
  'adjourn-sitting': 'Motion to adjourn the sitting',
  'adjourn-debate': 'Motion to adjourn the debate',
  'close-debate': 'Motion to close the debate',
};

/** What a question decided, in words: an amendment by its title, an additional item by its title. */
function subjectTitle(ctx: SessionContext, r: QuestionRecord): string {
  const s = r.subject;
  if (s.kind === 'amendment') {
    const found = ctx.setup.items.flatMap(amendmentsOf).find((a) => a.id === s.amendment);
    return found ? `Amendment “${found.title}”` : 'Amendment';
  }
  if (s.kind === 'additional-item') {
    const added = ctx.setup.items.find((i) => i.id === s.additional);
    return `Placing the additional item “${added ? titleOf(added) : 'proposed'}” on the agenda (R5.5)`;
  }
  if (s.kind === 'motion') return `${MOTIONS[s.motion] ?? 'Procedural motion'} (R6.4)`;
  if (s.kind === 'appeal') return 'Appeal against the ruling of the President (R2.9)';
  return 'Proposal';
}

function recordedVotes(ctx: SessionContext, r: QuestionRecord & { votes: RecordedVotes }): string[] {
  const item = ctx.setup.items[r.item]!;
  const { votes } = r;
  const groups: Record<string, string[]> = { yes: [], no: [], abstain: [], invalid: [] };
  const codes = Object.keys(votes);
  const known = frenchAlphabeticalOrder(codes.filter((c) => memberByCode(c) !== undefined));
  const admitted = codes.filter((c) => memberByCode(c) === undefined).sort();
  for (const code of [...known, ...admitted]) groups[votes[code]!]!.push(memberByCode(code)?.nameFr ?? memberName(ctx, code));
  return [
    `**${item.number}. ${titleOf(item)}${r.subject.kind === 'proposal' ? '' : ` — ${subjectTitle(ctx, r)}`}**`,
    '',
    `- Yes (${groups.yes!.length}): ${groups.yes!.join(', ') || '—'}`,
    `- No (${groups.no!.length}): ${groups.no!.join(', ') || '—'}`,
    `- Abstentions (${groups.abstain!.length}): ${groups.abstain!.join(', ') || '—'}`,
  ];
}
