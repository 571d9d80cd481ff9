import { defaultRuleSet, type RuleSet, type RuleSetInput } from '../../rules/rule-set.js';

/** The settings of `rules` that differ from the INTERPOL defaults, as a scenario writes them. */
export function ruleSetDiff(rules: RuleSet): RuleSetInput {
  return (diff(rules, defaultRuleSet()) ?? {}) as RuleSetInput;
}

function diff(value: unknown, base: unknown): unknown {
  // a flat map (delegateSeats, a fraction, counting) is written whole: some of them require every key
  const nested = isRecord(value) && Object.values(value).some(isRecord);
  if (nested && isRecord(base)) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const d = diff(v, base[key]);
      if (d !== undefined) out[key] = d;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
  return JSON.stringify(value) === JSON.stringify(base) ? undefined : value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
