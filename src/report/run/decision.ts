import type { RunResult } from '../../sim/run-result.js';
import { html, type Html } from '../html.js';
import { methodLabel, subjectLabel, withoutAVote } from '../names.js';
import { dataTable } from '../table.js';

type Decision = RunResult['decisions'][number];

const DECISIONS: Readonly<Record<Decision['decision'], string>> = { adopted: 'Adopted', rejected: 'Rejected', 'no-consensus': 'No consensus' };

const votes = (d: Decision, label: string) => d.announcement?.counts.find((c) => c.label === label)?.votes ?? 0;

/**
 * A question put to the Assembly: the decision with its threshold arithmetic and citation, the
 * method, and the result as announced (R3.7); `title` names an amendment or a motion.
 */
export function decisionBlock(d: Decision, title: string | null): Html {
  const heading = title === null ? null : html`<strong>${title}</strong> — `;
  const { announcement: a, threshold: t } = d;
  if (a === null || t === null) {
    const text = d.decision === 'adopted' ? 'Adopted by consensus.' : 'No consensus; the question must be put to a vote.';
    return html`<div class="decision"><p>${heading}${text}</p></div>`;
  }
  const method = methodLabel(d.method);
  const sentence = `${DECISIONS[d.decision]} (${t.arithmetic}; ${t.citation.source}). ${method.charAt(0).toUpperCase()}${method.slice(1)}.`;
  const table = dataTable({
    columns: ['Members entitled to vote', 'Abstentions', 'Invalid papers', 'Votes expressed', 'Majority required', 'Yes', 'No'],
    rows: [[a.entitled, a.abstentions, a.invalid, a.expressed, a.majorityRequired, votes(d, 'yes'), votes(d, 'no')]],
    rowHeadings: false,
  });
  const carried = a.missing > 0 ? `missing ${a.missing}` : 'carried';
  const without = withoutAVote(d.electorate.excluded);
  return html`<div class="decision decision-${d.decision}"><p>${heading}${sentence}</p>${table}<p class="needed">Needed ${a.needed} · got ${a.got} · ${carried}.${without ? ` ${without}.` : ''}</p></div>`;
}

/** What each decision was about, in words; amendments and additional items numbered per item. */
export function decisionTitles(decisions: readonly Decision[]): (string | null)[] {
  const seen = new Map<string, number>();
  return decisions.map((d) => {
    const key = `${d.item}\u0000${d.subject.split(':')[0]}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
    return subjectLabel(d.subject, seen.get(key)!);
  });
}
