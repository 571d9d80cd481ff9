import { fail, ok, type Result } from './result.js';
import { sortByPosition, type ScenarioProblem } from './scenario-problem.js';
import { capProblems, parseUntrustedYaml } from './parse-yaml.js';
import { ScenarioSchema, type Scenario } from './schema.js';
import { DEFAULT_LIMITS, type YamlLimits } from './yaml-limits.js';
import { makePositions, type Positions } from './yaml-positions.js';
import { problemsFromIssues } from './zod-problems.js';

/** A scenario that has the right shape, with the lookup that locates any of its paths. */
export interface ParsedScenario {
  readonly scenario: Scenario;
  readonly positions: Positions;
}

/**
 * Stage one (shape): YAML text → a typed scenario, using the YAML core schema only (no custom
 * tags, nothing evaluated), within the limits of an untrusted file, then `ScenarioSchema`.
 */
export function parseScenario(text: string, file: string, limits: YamlLimits = DEFAULT_LIMITS): Result<ParsedScenario, ScenarioProblem[]> {
  const read = parseUntrustedYaml(text, file, limits);
  if (!read.ok) return read;
  const { doc, data, lineCounter } = read.value;
  const positions = makePositions(doc, lineCounter);
  const parsed = ScenarioSchema.safeParse(data);
  if (!parsed.success) return fail(capProblems(sortByPosition(problemsFromIssues(parsed.error.issues, ScenarioSchema, data, positions))));
  return ok({ scenario: parsed.data, positions });
}
