import type { DelegationMotion } from '../rules/motions.js';
import type { QuestionKind } from '../rules/rule-set.js';

// What a ballot decides, declared once with what follows from it alone: the question kind it is
// decided under and, for a motion or an appeal, its own label.

/** What a ballot decides. */
export type BallotSubject =
  | { readonly kind: 'proposal'; readonly question: QuestionKind }
  | { readonly kind: 'amendment'; readonly amendment: string }
  | { readonly kind: 'additional-item'; readonly additional: string }
  | { readonly kind: 'motion'; readonly motion: DelegationMotion }
  | { readonly kind: 'appeal' }
  | { readonly kind: 'election'; readonly seat: number; readonly ballot: number };

/** The question kind a ballot subject is decided under (its majority comes from the rule set). */
export function questionOfSubject(subject: BallotSubject): QuestionKind | 'election' {
  switch (subject.kind) {
    case 'proposal':
      return subject.question;
    case 'amendment':
      return 'amendment';
    case 'additional-item':
      return 'additionalItem';
    case 'motion':
      return 'proceduralMotion';
    case 'appeal':
      return 'appeal';
    case 'election':
      return 'election';
  }
}

/** A procedural motion's or an appeal's own label: a ballot no scripted result designates. */
export function proceduralOf(s: BallotSubject): string | null {
  return s.kind === 'motion' ? `motion:${s.motion}` : s.kind === 'appeal' ? 'appeal' : null;
}
