import { parseDocument, type Document } from 'yaml';
import { loadScenarioText } from '../../../scenario/load-scenario.js';
import type { CheckedScenario } from '../../../scenario/check-scenario.js';
import { formatProblem } from '../../../scenario/scenario-problem.js';
import type { SettingValue } from './values.js';

/** A scenario with some settings changed: its new text (comments kept) and the checked result. */
export interface ScenarioVariant {
  readonly text: string;
  readonly checked: CheckedScenario;
}

export type VariantOutcome = { readonly ok: true; readonly variant: ScenarioVariant } | { readonly ok: false; readonly problems: readonly string[] };

/**
 * The document path of a dotted setting path: a segment selects a key of a map, an index of a
 * list (`0`), or the element of a list of objects whose `id` it is (`blocs.eu` is the bloc `eu`).
 */
export function documentPath(data: unknown, path: string): { ok: true; path: (string | number)[] } | { ok: false; problem: string } {
  const out: (string | number)[] = [];
  let here: unknown = data;
  for (const segment of path.split('.')) {
    if (Array.isArray(here)) {
      const index = /^\d+$/.test(segment) ? Number(segment) : here.findIndex((x) => typeof x === 'object' && x !== null && (x as { id?: unknown }).id === segment);
      if (index < 0 || index >= here.length) {
        const ids = here.map((x) => (x as { id?: unknown })?.id).filter((id) => typeof id === 'string');
        return { ok: false, problem: `${out.join('.') || 'the scenario'} is a list with no element '${segment}'${ids.length ? `; its ids are: ${ids.join(', ')}` : ''}` };
      }
      out.push(index);
      here = here[index];
    } else {
      out.push(segment);
      here = typeof here === 'object' && here !== null ? (here as Record<string, unknown>)[segment] : undefined;
    }
  }
  return { ok: true, path: out };
}

/** Reads a setting of a scenario text (undefined when it is not written in the file). */
export function readSetting(text: string, path: string): unknown {
  const doc = parseDocument(text);
  const resolved = documentPath(doc.toJS(), path);
  if (!resolved.ok) return undefined;
  const value: unknown = doc.getIn(resolved.path);
  return typeof value === 'object' && value !== null && 'toJSON' in value ? (value as { toJSON(): unknown }).toJSON() : value;
}

/**
 * The scenario text with `settings` (dotted path → value) written in, checked by both loading
 * stages; `edit` may change the document further (e.g. drop a scripted ballot). A problem names the
 * setting and says what is wrong with the value.
 */
export function applySettings(text: string, file: string, settings: Readonly<Record<string, SettingValue>>, edit?: (doc: Document) => void): VariantOutcome {
  const doc = parseDocument(text, { schema: 'core', customTags: [], merge: false, uniqueKeys: true, prettyErrors: false });
  const problems: string[] = [];
  for (const [path, value] of Object.entries(settings)) {
    const resolved = documentPath(doc.toJS(), path);
    if (resolved.ok) doc.setIn(resolved.path, value);
    else problems.push(`${path}: ${resolved.problem}`);
  }
  edit?.(doc);
  if (problems.length > 0) return { ok: false, problems };
  const changed = doc.toString({ lineWidth: 0 });
  const loaded = loadScenarioText(changed, file);
  if (loaded.ok) return { ok: true, variant: { text: changed, checked: loaded.value } };
  const shown = Object.entries(settings).map(([path, value]) => `${path}=${String(value)}`).join(', ');
  return { ok: false, problems: loaded.problems.map((p) => `with ${shown}: ${formatProblem(file, p).replace(/^[^:]*:\d+:\d+: /, '')}`) };
}
