import type { RunResult } from '../../sim/run-result.js';
import { dateRange, ordinal } from '../../sim/format.js';
import { dateLabel, memberName } from '../names.js';
import type { PageHead } from '../page.js';
import type { Section } from '../section.js';
import { committeeSection } from './committee-section.js';
import { minutesSection } from './minutes-section.js';
import { recordedVotesSection } from './recorded-votes-section.js';
import { rulesAnnexSection } from './rules-annex-section.js';
import { summarySection } from './summary-section.js';

/** The sections of a run's report, in page order. */
export const RUN_SECTIONS: readonly Section<RunResult>[] = [summarySection, minutesSection, committeeSection, rulesAnnexSection, recordedVotesSection];

/** "93rd session of the General Assembly — Marrakech, Morocco, 24–27 November 2025". */
export function runHead(run: RunResult, generator: string): PageHead {
  const { session } = run;
  const [first, last] = [session.days[0], session.days.at(-1)];
  const iso = (d: string | undefined): d is string => d !== undefined && dateLabel(d) !== d;
  const when = iso(first) && iso(last) ? dateRange(first, last) : session.days.join(', ');
  return {
    kicker: 'Session report',
    title: `${ordinal(session.number)} session of the General Assembly — ${session.city}, ${memberName(session.country)}${when ? `, ${when}` : ''}`,
    subtitle: `${run.scenario.title} · seed ${run.seed} · rules: ${run.rules} · ${run.members.total} Members, ${run.members.represented} represented`,
    generator,
  };
}
