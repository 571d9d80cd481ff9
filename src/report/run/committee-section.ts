import type { RunResult } from '../../sim/run-result.js';
import { memberName, postLabel, regionLabel } from '../names.js';
import type { Section } from '../section.js';
import { dataTable } from '../table.js';

const POST_ORDER: Readonly<Record<string, number>> = { president: 0, 'vice-president': 1, delegate: 2 };

/** The Executive Committee after the session, President first, then by region (R1.5). */
export const committeeSection: Section<RunResult> = {
  id: 'committee',
  title: 'Executive Committee after the session',
  async render(run) {
    const seats = [...run.committee].sort(
      (a, b) => (POST_ORDER[a.post] ?? 3) - (POST_ORDER[b.post] ?? 3) || a.region.localeCompare(b.region) || a.holder.localeCompare(b.holder),
    );
    return dataTable({
      columns: ['Post', 'Holder', 'Member', 'Region', 'Term'],
      rows: seats.map((s) => [postLabel(s.post, s.region), s.holder, memberName(s.member), regionLabel(s.region), `${s.elected}–${s.termEnds}`]),
    });
  },
};
