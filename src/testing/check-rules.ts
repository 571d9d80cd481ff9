import fc from 'fast-check';
import type { RuleSet } from '../rules/rule-set.js';
import type { ScenarioInput } from '../scenario/schema.js';
import type { AnyAxiom } from './axioms/axiom.js';
import { AXIOMS } from './axioms/index.js';

/** What `check` found for one axiom. */
export interface AxiomReport {
  readonly axiom: string;
  readonly description: string;
  readonly held: boolean;
  /** Runs made (fewer than asked when it broke early). */
  readonly runs: number;
  readonly ms: number;
  /** To reproduce: `fc.check(property, { seed, path })`, or `gasim check --seed S`. */
  readonly seed: number;
  readonly path?: string;
  readonly counterexample?: ScenarioInput;
  /** An exception thrown by the rules core, which also breaks the axiom. */
  readonly error?: string;
}

export interface CheckOptions {
  readonly runs?: number;
  readonly seed?: number;
  /** Replay this fast-check path (from a broken axiom's report) instead of searching. */
  readonly path?: string;
  /** Only the axioms with these names (all by default). */
  readonly only?: readonly string[];
  readonly axioms?: readonly AnyAxiom[];
  /** Implementations to test instead of the real core, by axiom name (tests only). */
  readonly impls?: Readonly<Record<string, unknown>>;
  /** The clock for the time column; a parameter so that the service stays deterministic in tests. */
  readonly now?: () => number;
}

/**
 * Checks every axiom against a rule set with fast-check (issue 8): deterministic for a seed, with
 * the shrunk counterexample of each broken axiom written as a scenario.
 */
export function checkRules(rules: RuleSet, options: CheckOptions = {}): AxiomReport[] {
  const { runs = 200, seed = 1, now = () => performance.now() } = options;
  const axioms = (options.axioms ?? AXIOMS).filter((a) => options.only === undefined || options.only.includes(a.name));
  return axioms.map((axiom) => {
    const impl = options.impls?.[axiom.name];
    const start = now();
    const out = fc.check(axiom.property(rules, impl), { numRuns: runs, seed, ...(options.path !== undefined ? { path: options.path } : {}) });
    const ms = Math.round(now() - start);
    const base = { axiom: axiom.name, description: axiom.description, runs: out.numRuns, ms, seed: out.seed };
    if (!out.failed || out.counterexample === null) return { ...base, held: true };
    const message = out.errorInstance instanceof Error ? out.errorInstance.message : undefined;
    const error = message === undefined || message.startsWith('Property failed by returning false') ? undefined : message;
    return {
      ...base,
      held: false,
      path: out.counterexamplePath ?? undefined,
      counterexample: axiom.counterexample(out.counterexample[0], rules, impl),
      ...(error === undefined ? {} : { error }),
    } as AxiomReport;
  });
}

/** The names `--axiom` accepts. */
export const AXIOM_NAMES: readonly string[] = AXIOMS.map((a) => a.name);
