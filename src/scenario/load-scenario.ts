import { checkScenario, type CheckedScenario } from './check-scenario.js';
import { parseScenario } from './parse-scenario.js';
import type { Result } from './result.js';
import type { ScenarioProblem } from './scenario-problem.js';
import type { YamlLimits } from './yaml-limits.js';

/** Both loading stages on a file's text: shape, then meaning. Never throws on any input. */
export function loadScenarioText(text: string, file: string, limits?: YamlLimits): Result<CheckedScenario, ScenarioProblem[]> {
  const parsed = parseScenario(text, file, limits);
  if (!parsed.ok) return parsed;
  return checkScenario(parsed.value.scenario, parsed.value.positions);
}
