import type { BallotRound, Candidate } from '../domain/election.js';
import type { Announcement } from '../domain/vote.js';
import type { SessionContext } from '../machine/context.js';
import type { ElectionRecord } from '../record/record.js';
import { postTitle } from './format.js';
import { candidateWords, inWords, withoutAVoteLine, type Said } from './minutes-people.js';
import type { Applied } from './minutes-annex.js';

/** Votes of one label ("yes", "no" or a candidate's id) in an announcement. */
export function votesOf(a: Announcement, label: string): number {
  return a.counts.find((c) => c.label === label)?.votes ?? 0;
}

/** The five announcement figures of R3.7 (1–5) with the threshold arithmetic in words. */
export function announcementLine(a: Announcement, arithmetic: string, source: string): string {
  return `Members entitled to vote: ${a.entitled}. Abstentions: ${a.abstentions}. Invalid papers: ${a.invalid}. Votes expressed: ${a.expressed}. Majority required: ${a.majorityRequired} (${arithmetic}; ${source}).`;
}

/** The candidates of a ballot in decreasing order of votes (R3.7, 6), equal votes in the paper's order. */
export function byDecreasingVotes(round: BallotRound): { id: string; votes: number }[] {
  return round.candidates.map((id, k) => ({ id, k, votes: votesOf(round.announcement, id) })).sort((x, y) => y.votes - x.votes || x.k - y.k).map(({ id, votes }) => ({ id, votes }));
}

/** One seat's election, ballot by ballot, each announced in the order of R3.7 (R4.6–R4.11). */
export function electionLines(ctx: SessionContext, r: ElectionRecord, where: string, said: Said, applied: Applied): string[] {
  const byId = new Map<string, Candidate>(r.candidates.map((c) => [c.id, c]));
  const label = (id: string) => (byId.has(id) ? candidateWords(ctx, byId.get(id)!) : id);
  const named = (text: string) => inWords(ctx, text, r.candidates);
  const post = postTitle(r.post, r.region);
  const seatTitle = `${post}${r.reopened ? ' (seat reopened)' : ''}${r.seat > 1 ? `, seat ${r.seat}` : ''}`;
  const lines = [`**${seatTitle}**, by secret ballot (R3.3, R3.4). Ballot paper, as the Elections Board listed the valid nominations (R4.6): ${r.paper.map(label).join('; ') || 'none'}.`];
  applied(r.reopened ? { rule: 'Q7', source: 'project default' } : null, where);
  applied({ rule: 'R3.3', source: 'RPGA Art 39(3)' }, where);
  applied({ rule: 'R3.4', source: 'GR Art 23 §1; RPGA Art 40(1)' }, where);
  applied({ rule: 'R4.6', source: 'RPGA Art 47' }, where);
  if (r.excluded.length > 0) {
    lines.push('', `Not on the paper: ${r.excluded.map((x) => `${label(x.candidate)}, ${named(x.reason)} (${x.rule})`).join('; ')}.`);
    for (const x of r.excluded) applied({ rule: x.rule, source: '' }, where);
  }
  r.result.rounds.forEach((round, k) => {
    const a = round.announcement;
    const yesNo = round.candidates.length === 1;
    applied(round.threshold.citation, where);
    lines.push('', `*Ballot ${round.ballot}.* ${announcementLine(a, round.threshold.arithmetic, round.threshold.citation.source)}`, '');
    if (yesNo) {
      lines.push(`| ${label(round.candidates[0]!)} | Votes |`, '|---|---:|', `| Yes | ${votesOf(a, 'yes')} |`, `| No | ${votesOf(a, 'no')} |`);
    } else {
      lines.push('| Candidate | Votes |', '|---|---:|', ...byDecreasingVotes(round).map((c) => `| ${label(c.id)} | ${c.votes} |`));
    }
    lines.push('', roundOutcome(round, label, named, post));
    for (const t of round.trail.slice(1)) applied(t.citation, where);
    for (const t of round.tieBreaks) applied(t.citation, where);
    const trace = r.ballots[k];
    if (trace) lines.push('', withoutAVoteLine(ctx, trace.electorate, where, said));
    for (const x of trace?.electorate.excluded ?? []) applied(x.citation, where);
  });
  if (r.result.vacant > 0) lines.push('', `Seat left vacant: ${named(r.result.vacancyReason ?? 'no candidate elected')}.`);
  return lines;
}

/** What a ballot decided, in words: elected, eliminated, ties and lots (R4.9–R4.11). */
function roundOutcome(round: BallotRound, label: (id: string) => string, named: (text: string) => string, post: string): string {
  const parts: string[] = [];
  const required = round.announcement.majorityRequired;
  const byLot = round.tieBreaks.find((t) => t.kind === 'lots' && t.purpose === 'elect');
  const byVotes = round.elected.filter((id) => byLot?.drawn !== id);
  if (byVotes.length > 0) {
    const who = byVotes.map((id) => `${label(id)}, with ${round.candidates.length === 1 ? `${votesOf(round.announcement, 'yes')} yes votes` : `${votesOf(round.announcement, id)} votes`} of the ${required} required,`);
    parts.push(`${who.join(' and ')} ${byVotes.length === 1 ? 'is' : 'are'} elected ${post}`);
  } else if (!byLot) {
    parts.push(...round.trail.slice(1).map((t) => named(t.text)));
  }
  // extra ballots are in the trail; lots are said with who was drawn and what for (R4.11)
  for (const t of round.tieBreaks.filter((t) => t.kind === 'lots')) {
    const tied = `${t.candidates.map(label).join(' and ')} are tied with ${votesOf(round.announcement, t.candidates[0]!)} votes each`;
    parts.push(t.purpose === 'elect' ? `${tied}; lots are drawn: ${label(t.drawn ?? '')} is elected ${post} (R4.11)` : `lots are drawn between ${t.candidates.map(label).join(' and ')}: ${label(t.drawn ?? '')} does not go on to the next ballot (R4.11)`);
  }
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
