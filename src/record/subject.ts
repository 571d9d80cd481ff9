import type { DelegationMotion } from '../rules/motions.js';
import type { QuestionKind } from '../rules/rule-set.js';

// What a ballot decides, declared once with what follows from it: the question kind it is decided
// under, for a motion or an appeal its own label, and the id the ballot has on the record.

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

/**
 * The id a ballot has on the record: its item's id, what it decides and, for a motion or an appeal,
 * the event count `seq` it opened at.
 */
export function ballotIdOf(subject: BallotSubject, item: string, seq: number): string {
  switch (subject.kind) {
    case 'proposal':
      return item;
    case 'amendment':
      return `${item}/${subject.amendment}`;
    case 'additional-item':
      return `${item}/add/${subject.additional}`;
    case 'motion':
      return `${item}/motion/${subject.motion}/${seq}`;
    case 'appeal':
      return `${item}/appeal/${seq}`;
    case 'election':
      return `${item}/seat-${subject.seat}/ballot-${subject.ballot}`;
  }
}
