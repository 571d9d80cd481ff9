import type { CheckedScenario } from '../scenario/check-scenario.js';
import { formatPath, sortByPosition, type DocPath, type ScenarioProblem } from '../scenario/scenario-problem.js';
import { SessionDoesNotEndError } from './continue-session.js';
import { prepareScenario, runSession } from './run-session.js';
import { unusedScripts } from './script-use.js';

/**
 * The third loading stage: the scenario runs once with its own seed, and every scripted result
 * must have been used by exactly the ballot it designates (a script matches one ballot at most by
 * construction, see `scriptKey`). A script that designates no ballot of that run, or one it does
 * not fit (a sole candidate scripted by name, a candidate the Elections Board excluded, invalid
 * papers in a recorded vote, more papers than members entitled), is a located problem; a session
 * that never ends is a warning (scripts are then not checked). Returns errors and warnings.
 */
export function checkScenarioRun(checked: CheckedScenario): ScenarioProblem[] {
  const { scenario, positions } = checked;
  const at = (code: ScenarioProblem['code'], path: DocPath, message: string, hint: string, severity: ScenarioProblem['severity'] = 'error'): ScenarioProblem => ({
    code, severity, message, hint, path: formatPath(path), ...positions(path),
  });
  let ctx;
  try {
    ctx = runSession(prepareScenario(scenario), scenario.seed).snapshot.context;
  } catch (error) {
    if (!(error instanceof SessionDoesNotEndError)) throw error;
    const path = scenario.rules.elections.maxBallots === null ? ['rules', 'elections', 'maxBallots'] : ['rules'];
    // a rule-designer variant may be meant to break termination (`gasim check` finds it): a warning
    return [at('scenario/session-does-not-end', path, `the session does not end with seed ${scenario.seed}: ${error.message}`, 'set rules.elections.maxBallots (e.g. 10) so that an election without a majority ends (Q5)', 'warning')];
  }
  return sortByPosition(
    unusedScripts(ctx).map((u) => at(u.code, ['voting', 'scripted', u.index], `${u.message} (run with the scenario's seed ${scenario.seed})`, u.hint)),
  );
}
