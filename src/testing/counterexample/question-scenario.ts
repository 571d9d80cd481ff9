import { MEMBERS } from '../../registry/members.js';
import type { MemberCode } from '../../domain/ids.js';
import type { Tally, VoteChoice } from '../../domain/vote.js';
import type { QuestionKind, RuleSet } from '../../rules/rule-set.js';
import type { ScenarioInput } from '../../scenario/schema.js';
import { ruleSetDiff } from './rules-diff.js';

/** One question of a counterexample: a resolution voted with the counts of `tally`. */
export interface ScriptedQuestion {
  readonly title: string;
  readonly tally: Tally;
  /** Per-member choices, in the order of `memberCodes(tally.entitled)`, for a recorded vote. */
  readonly votes?: readonly VoteChoice[];
}

/** The first `n` member codes (at least one): the members represented in a counterexample. */
export function memberCodes(n: number): MemberCode[] {
  return MEMBERS.slice(0, Math.max(1, Math.min(n, MEMBERS.length))).map((m) => m.iso3);
}

/**
 * A one-day session of resolutions, each with a scripted ballot. The resolution is voted under the
 * majority of `kind` (written into the rules), so that any kind of question can be replayed.
 */
export function questionScenario(options: {
  readonly axiom: string;
  readonly notes: string;
  readonly rules: RuleSet;
  readonly kind: QuestionKind;
  readonly questions: readonly ScriptedQuestion[];
  readonly extra?: Partial<ScenarioInput>;
}): ScenarioInput {
  const { rules, kind, questions } = options;
  const entitled = Math.max(1, ...questions.map((q) => q.tally.entitled));
  const codes = memberCodes(entitled);
  // only a secret ballot has papers to spoil (R2.3, R3.3): a question with invalid papers is one,
  // scripted with its counts; otherwise per-member votes make an electronic recorded vote
  const papers = (q: ScriptedQuestion) => q.tally.invalid > 0 || (q.votes?.includes('invalid') ?? false);
  const items = questions.map((q, i) => ({
    id: `q${i + 1}`,
    kind: 'resolution' as const,
    title: q.title,
    ...(papers(q) ? { method: 'secret' as const } : q.votes ? { method: 'electronic-recorded' as const } : {}),
  }));
  const scripted = questions.map((q, i) =>
    q.votes && !papers(q)
      ? { item: `q${i + 1}`, votes: Object.fromEntries(q.votes.map((choice, j) => [codes[j]!, choice])) }
      : { item: `q${i + 1}`, counts: { yes: q.tally.yes, no: q.tally.no }, abstain: q.tally.abstain, invalid: q.tally.invalid },
  );
  const written = { ...rules, majorities: { ...rules.majorities, resolution: rules.majorities[kind] } };
  return {
    format: 'gasim/scenario@1',
    id: `counterexample-${options.axiom}`,
    title: `Counterexample: ${options.axiom}`,
    notes: options.notes,
    session: { number: 1, venue: { city: 'Lyon', country: 'FRA' }, days: [{ date: '2025-11-24', items }] },
    seed: 1,
    members: { represented: { only: codes } },
    rules: ruleSetDiff(written),
    voting: { scripted },
    ...options.extra,
  };
}
