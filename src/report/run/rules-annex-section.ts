import type { RunResult } from '../../sim/run-result.js';
import type { Section } from '../section.js';
import { dataTable } from '../table.js';

type Citation = RunResult['decisions'][number]['trail'][number]['citation'];

/** Every rule the session applied, with its citation and the items where it was applied. */
export const rulesAnnexSection: Section<RunResult> = {
  id: 'rules',
  title: 'Annex: rules applied',
  async render(run) {
    const applied = new Map<string, { citation: Citation; items: Set<string> }>();
    const note = (citation: Citation, item: string) => {
      const key = `${citation.rule}\u0000${citation.source}`;
      const entry = applied.get(key) ?? { citation, items: new Set<string>() };
      entry.items.add(item);
      applied.set(key, entry);
    };
    for (const d of run.decisions) {
      if (d.threshold) note(d.threshold.citation, d.item);
      for (const t of d.trail) note(t.citation, d.item);
    }
    for (const e of run.elections) {
      for (const r of e.rounds) for (const c of [r.threshold.citation, ...r.trail.map((t) => t.citation)]) note(c, e.item);
    }
    if (applied.size === 0) return null;
    const itemLabel = new Map(run.items.map((i) => [i.id, `${i.number}. ${i.title}`]));
    const rows = [...applied.values()]
      .sort((a, b) => a.citation.source.localeCompare(b.citation.source) || a.citation.rule.localeCompare(b.citation.rule))
      .map(({ citation, items }) => [citation.source, citation.rule, [...items].map((id) => itemLabel.get(id) ?? id).join('; ')]);
    return dataTable({ columns: ['Article of the texts', 'Reference', 'Applied at'], rows });
  },
};
