import { RuleSetSchema, type RuleSet } from '../rules/rule-set.js';
import { loadScenarioText } from '../scenario/load-scenario.js';
import { parseUntrustedYaml } from '../scenario/parse-yaml.js';
import { formatProblem, sortByPosition } from '../scenario/scenario-problem.js';
import { SCENARIO_FORMAT } from '../scenario/schema.js';
import { makePositions } from '../scenario/yaml-positions.js';
import { problemsFromIssues } from '../scenario/zod-problems.js';

/** The format key of a bare rules file: a `RuleSetInput` with this line on top. */
export const RULES_FORMAT = 'gasim/rules@1';

export type RuleSetFile =
  | { readonly ok: true; readonly rules: RuleSet; readonly id: string }
  | { readonly ok: false; readonly lines: readonly string[] };

/**
 * A rule set from a file's text: a scenario (`format: gasim/scenario@1`, its `rules:`) or a bare
 * rules file (`format: gasim/rules@1` and the settings), with located problems otherwise.
 */
export function loadRuleSetText(text: string, file: string): RuleSetFile {
  // the same reading as a scenario's: limits before work, core tags only, forbidden keys (issue 18)
  const read = parseUntrustedYaml(text, file);
  if (!read.ok) return { ok: false, lines: read.problems.map((p) => formatProblem(file, p)) };
  const { doc, data, lineCounter } = read.value;
  const format = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).format : undefined;
  const stem = file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
  if (format !== RULES_FORMAT) {
    // a scenario, or anything else: the scenario loader reports what is wrong with it
    const loaded = loadScenarioText(text, file);
    if (!loaded.ok) {
      const hint = format === undefined ? [`${file}:1:1: a rules file starts with 'format: ${RULES_FORMAT}', a scenario with 'format: ${SCENARIO_FORMAT}'`] : [];
      return { ok: false, lines: [...loaded.problems.map((p) => formatProblem(file, p)), ...hint] };
    }
    return { ok: true, rules: loaded.value.scenario.rules, id: loaded.value.scenario.id };
  }
  const { format: _format, ...settings } = data as Record<string, unknown>;
  const parsed = RuleSetSchema.safeParse(settings);
  if (parsed.success) return { ok: true, rules: parsed.data, id: stem };
  const problems = problemsFromIssues(parsed.error.issues, RuleSetSchema, settings, makePositions(doc, lineCounter));
  return { ok: false, lines: sortByPosition(problems).map((p) => formatProblem(file, p)) };
}
