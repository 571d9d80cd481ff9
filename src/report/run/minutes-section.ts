import type { RunResult } from '../../sim/run-result.js';
import type { FigureRenderer } from '../chart/figure.js';
import { html, type Html } from '../html.js';
import { dateLabel, statusLabel } from '../names.js';
import type { Section } from '../section.js';
import { decisionBlock, decisionTitles } from './decision.js';
import { electionSeat } from './election-seat.js';

type Item = RunResult['items'][number];

/** The minutes: per day, each item with its decisions and elections, in the order of the session. */
export const minutesSection: Section<RunResult> = {
  id: 'minutes',
  title: 'Minutes',
  async render(run, figures) {
    // one after the other, so that figures are numbered in page order
    const days: Html[] = [];
    for (const [d, date] of run.session.days.entries()) {
      const items: Html[] = [];
      for (const item of run.items.filter((i) => i.day === d + 1)) items.push(await itemBlock(run, item, figures));
      days.push(html`<section class="day" id="day-${d + 1}"><h3>Day ${d + 1} — ${dateLabel(date)}</h3>${items}</section>`);
    }
    return html`${days}`;
  },
};

async function itemBlock(run: RunResult, item: Item, figures: FigureRenderer): Promise<Html> {
  const decisions = run.decisions.filter((d) => d.item === item.id);
  const elections = run.elections.filter((e) => e.item === item.id);
  const heading = html`<h4>${item.number}. ${item.title}</h4>`;
  if (decisions.length === 0 && elections.length === 0) return html`<article class="item">${heading}<p>${statusLabel(item.status)}</p></article>`;
  const titles = decisionTitles(decisions);
  const questions = decisions.map((d, i) => decisionBlock(d, titles[i]!));
  const seats: Html[] = [];
  for (const e of elections) seats.push(await electionSeat(e, elections.length, figures));
  return html`<article class="item">${heading}${questions}${seats}</article>`;
}
