import type fc from 'fast-check';
import type { RuleSet } from '../../rules/rule-set.js';
import type { ScenarioInput } from '../../scenario/schema.js';

/**
 * A named property of vote rules (issue 8). `property` samples inputs under one rule set; `impl`
 * swaps the part of the rules core the axiom exercises, so a test can pass a deliberately broken
 * implementation (the `check` command always uses the real core). `counterexample` writes a value
 * that broke the property as a small scenario that `gasim run` can replay.
 */
export interface Axiom<T, I = never> {
  readonly name: string;
  /** One sentence: what holds for every input. */
  readonly description: string;
  /** The rule or precedent the axiom reads, e.g. "R2.3, Q14". */
  readonly citation: string;
  /** Whether a rule-set setting can break it; if not, only a broken `impl` can. */
  readonly breakableByRules: boolean;
  property(rules: RuleSet, impl?: I): fc.IPropertyWithHooks<[T]>;
  counterexample(value: T, rules: RuleSet, impl?: I): ScenarioInput;
}

// the axioms differ in value and implementation types; the list only needs the common shape
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyAxiom = Axiom<any, any>;

/** Every generated question is counted among the 196 members of the Organization (R2.4, R2.6). */
export const TOTAL_MEMBERS_FOR_AXIOMS = 196;
