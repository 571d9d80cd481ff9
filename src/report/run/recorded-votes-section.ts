import type { RunResult } from '../../sim/run-result.js';
import { memberByCode, frenchAlphabeticalOrder } from '../../registry/members.js';
import { html } from '../html.js';
import type { Section } from '../section.js';
import { decisionTitles } from './decision.js';

const CHOICES = [
  ['yes', 'Yes'],
  ['no', 'No'],
  ['abstain', 'Abstentions'],
  ['invalid', 'Invalid'],
] as const;

/** Who voted what in each recorded vote, Members in French alphabetical order (R3.2); secret ballots have none. */
export const recordedVotesSection: Section<RunResult> = {
  id: 'recorded-votes',
  title: 'Annex: recorded votes',
  async render(run) {
    const titles = decisionTitles(run.decisions);
    const recorded = run.decisions.flatMap((d, i) => (d.recorded === undefined ? [] : [{ d, title: titles[i] }]));
    if (recorded.length === 0) return null;
    const itemLabel = new Map(run.items.map((i) => [i.id, `${i.number}. ${i.title}`]));
    const blocks = recorded.map(({ d, title }) => {
      const votes = d.recorded!;
      const codes = Object.keys(votes);
      const known = frenchAlphabeticalOrder(codes.filter((c) => memberByCode(c) !== undefined));
      const others = codes.filter((c) => memberByCode(c) === undefined).sort();
      const ordered = [...known, ...others];
      const lines = CHOICES.map(([choice, label]) => {
        const names = ordered.filter((c) => votes[c] === choice).map((c) => memberByCode(c)?.nameFr ?? c);
        return names.length === 0 ? null : html`<dt>${label} (${names.length})</dt><dd>${names.join(', ')}</dd>`;
      });
      return html`<h3>${itemLabel.get(d.item) ?? d.item}${title ? ` — ${title}` : ''}</h3><dl class="recorded">${lines}</dl>`;
    });
    return html`<p>Members are listed by their French names, in French alphabetical order (R3.2).</p>${blocks}`;
  },
};
