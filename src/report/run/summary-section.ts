import type { RunResult } from '../../sim/run-result.js';
import { html } from '../html.js';
import type { Section } from '../section.js';
import { dataTable } from '../table.js';
import { candidateNames, seatTitle } from './election-seat.js';

/** The key figures first: attendance, decisions, and who was elected on which ballot with how many votes. */
export const summarySection: Section<RunResult> = {
  id: 'summary',
  title: 'Key figures',
  async render(run) {
    const { members, decisions, elections } = run;
    const voted = decisions.filter((d) => d.announcement !== null);
    const adopted = decisions.filter((d) => d.decision === 'adopted').length;
    const filled = elections.reduce((n, e) => n + e.elected.length, 0);
    const vacant = elections.reduce((n, e) => n + e.vacant, 0);
    const figures = dl([
      ['Members represented', `${members.represented} of ${members.total}`],
      ['Agenda items', String(run.items.length)],
      ['Questions adopted', `${adopted} of ${decisions.length}${voted.length < decisions.length ? ` (${decisions.length - voted.length} without a vote)` : ''}`],
      ['Seats filled', `${filled} elected, ${vacant} left vacant`],
    ]);
    const rows = elections.map((e) => {
      const name = candidateNames(e);
      const seats = elections.filter((other) => other.item === e.item).length;
      const decisive = e.rounds.at(-1);
      const a = decisive?.announcement;
      const votes = e.elected.length === 0 || a === undefined ? '—' : `${a.got} of ${a.expressed} (${a.needed} needed)`;
      return [seatTitle(e, seats), e.elected.map(name).join(', ') || 'seat left vacant', e.rounds.length, votes];
    });
    const table = rows.length === 0 ? null : dataTable({ caption: 'Elections: votes on the decisive ballot, of the votes expressed', columns: ['Seat', 'Elected', 'Ballots', 'Votes'], rows });
    return html`${figures}${table}`;
  },
};

function dl(entries: readonly (readonly [string, string])[]) {
  return html`<dl class="key-figures">${entries.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>`;
}
