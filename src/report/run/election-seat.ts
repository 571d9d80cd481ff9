import type { RunResult } from '../../sim/run-result.js';
import { ballotRoundsChart, type BallotOfElection } from '../chart/ballot-rounds.js';
import type { FigureRenderer } from '../chart/figure.js';
import { html, type Html } from '../html.js';
import { outcomeLabel, personLabel, postLabel, withoutAVote } from '../names.js';
import { dataTable, NONE, type Cell } from '../table.js';

type Election = RunResult['elections'][number];
type Round = Election['rounds'][number];

/** "President", "Delegate for Africa — seat 2", "Delegate for Europe (seat reopened)". */
export function seatTitle(e: Election, seatsOfItem: number): string {
  return `${postLabel(e.post, e.region)}${e.reopened ? ' (seat reopened)' : ''}${seatsOfItem > 1 ? ` — seat ${e.seat}` : ''}`;
}

/**
 * Candidate ids to "Name (Country)", or to the name alone (`short`, for charts, where the
 * country would crowd the bars); the papers of a lone candidate read Yes and No.
 */
export function candidateNames(e: Election, short = false): (label: string) => string {
  const byId = new Map(e.candidates.map((c) => [c.id, short ? c.name : personLabel(c.name, c.member)]));
  return (label) => byId.get(label) ?? (label === 'yes' ? 'Yes' : label === 'no' ? 'No' : label);
}

const votesOf = (round: Round, label: string) => round.announcement.counts.find((c) => c.label === label)?.votes;

/** Everyone on any paper, by decreasing votes on the last ballot they stood in, latest ballots first. */
function paperOrder(e: Election): string[] {
  const labels = [...new Set(e.rounds.flatMap((r) => r.announcement.counts.map((c) => c.label)))];
  const key = (label: string) => {
    const last = e.rounds.findLastIndex((r) => votesOf(r, label) !== undefined);
    return [last, votesOf(e.rounds[last]!, label) ?? 0] as const;
  };
  return labels.sort((a, b) => key(b)[0] - key(a)[0] || key(b)[1] - key(a)[1] || (a < b ? -1 : 1));
}

function ballotOutcome(round: Round, name: (id: string) => string): string {
  return round.elected.length > 0 ? `${round.elected.map(name).join(', ')} elected` : outcomeLabel(round.outcome);
}

/** One seat of an election: who stood, the chart of its ballots beside their table, the notes. */
export async function electionSeat(e: Election, seatsOfItem: number, figures: FigureRenderer): Promise<Html> {
  const name = candidateNames(e);
  const shortName = candidateNames(e, true);
  const title = seatTitle(e, seatsOfItem);
  const paper = e.paper.map(name).join('; ') || 'none';
  const off = e.excluded.map((x) => `${name(x.candidate)}: ${x.reason}${x.rule ? ` (${x.rule})` : ''}`).join('; ');
  const intro = html`<p>Secret ballot. On the ballot paper (Elections Board, R4.6): ${paper}.${off ? ` Not on the paper: ${off}.` : ''}</p>`;
  const vacancy = e.vacant > 0 ? html`<p class="outcome">Seat left vacant${e.vacancyReason ? `: ${e.vacancyReason}` : ''}.</p>` : null;
  if (e.rounds.length === 0) return html`<section class="seat"><h5>${title}</h5>${intro}<p>No ballot was held.</p>${vacancy}</section>`;
  const order = paperOrder(e);
  const ballots: BallotOfElection[] = e.rounds.map((r) => ({
    ballot: r.ballot,
    label: `Ballot ${r.ballot} · ${r.announcement.majorityRequired} needed · ${r.elected.length > 0 ? 'elected' : outcomeLabel(r.outcome)}`,
    required: r.announcement.majorityRequired,
    outcome: ballotOutcome(r, name),
    bars: order.flatMap((label) => {
      const votes = votesOf(r, label);
      const elected = r.elected.includes(label) || (label === 'yes' && r.elected.length > 0);
      return votes === undefined ? [] : [{ name: shortName(label), votes, elected }];
    }),
  }));
  const figure = await figures.figure(ballotRoundsChart(`${title}: votes on each ballot`, ballots, ballotTable(e, order, name)));
  const winner = e.elected.map(name).join(', ');
  return html`<section class="seat"><h5>${title}</h5>${intro}${figure}${ballotNotes(e, name)}
${winner ? html`<p class="outcome"><strong>${winner}</strong> elected.</p>` : null}${vacancy}</section>`;
}

/** The announcement of every ballot in the order of R3.7, one column per ballot. */
function ballotTable(e: Election, order: readonly string[], name: (id: string) => string): Html {
  const row = (label: string, cell: (r: Round) => Cell): Cell[] => [label, ...e.rounds.map(cell)];
  return dataTable({
    caption: 'Results announced (R3.7)',
    columns: ['', ...e.rounds.map((r) => `Ballot ${r.ballot}`)],
    rows: [
      row('Members entitled to vote', (r) => r.announcement.entitled),
      row('Abstentions', (r) => r.announcement.abstentions),
      row('Invalid papers', (r) => r.announcement.invalid),
      row('Votes expressed', (r) => r.announcement.expressed),
      row('Majority required', (r) => r.announcement.majorityRequired),
      ...order.map((label) => row(name(label), (r) => votesOf(r, label) ?? NONE)),
      row('Outcome', (r) => ballotOutcome(r, name)),
    ],
  });
}

/** The threshold arithmetic of each ballot with its citation, and who was dropped or drawn by lot. */
function ballotNotes(e: Election, name: (id: string) => string): Html {
  const items = e.rounds.map((r) => {
    const dropped = r.eliminated.length > 0 ? ` ${r.eliminated.map(name).join(', ')} ${r.eliminated.length > 1 ? 'are' : 'is'} dropped for the next ballot.` : '';
    const lots = r.tieBreaks.map((t) => ` ${tieBreakText(t, name)}`).join('');
    const without = withoutAVote(r.electorate.excluded);
    return html`<li>Ballot ${r.ballot}: ${r.threshold.arithmetic} (${r.threshold.citation.source}).${dropped}${lots}${without ? ` ${without}.` : ''}</li>`;
  });
  return html`<ul class="notes">${items}</ul>`;
}

function tieBreakText(t: Round['tieBreaks'][number], name: (id: string) => string): string {
  const between = t.candidates.map(name).join(' and ');
  if (t.kind !== 'lots') return `Tie between ${between}: an extra ballot (R4.11).`;
  const drawn = t.drawn === undefined ? 'no one' : name(t.drawn);
  return `Lots drawn between ${between}: ${drawn} ${t.purpose === 'elect' ? 'is elected' : 'is dropped'} (R4.11).`;
}
