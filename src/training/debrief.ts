import { formatCitation, labelOf, TOPICS, type Question, type Topic } from './question.js';
import type { ScoredAnswer } from './score.js';

export interface TopicScore {
  readonly topic: Topic;
  readonly correct: number;
  readonly asked: number;
}

export interface Mistake {
  readonly questionId: string;
  /** 1-based number of the question as it was asked. */
  readonly number: number;
  readonly topic: Topic;
  readonly prompt: string;
  readonly given: string;
  readonly expected: string;
  readonly rule: string;
  readonly citation: string;
  readonly arithmetic?: string;
}

/** The trainee's results: score by topic, every mistake with its rule, and time per decision. */
export interface Debrief {
  readonly correct: number;
  readonly asked: number;
  readonly byTopic: readonly TopicScore[];
  readonly mistakes: readonly Mistake[];
  /** Questions left without an answer (counted among the mistakes). */
  readonly unanswered: number;
  readonly time: { readonly medianMs: number; readonly maxMs: number; readonly totalMs: number };
}

function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
}

function mistakeOf(q: Question, a: ScoredAnswer, number: number): Mistake {
  const { text, citation, arithmetic } = q.explanation;
  return {
    questionId: q.id,
    number,
    topic: q.topic,
    prompt: q.prompt,
    given: a.unanswered === true ? '(unanswered)' : a.given === null ? '(not one of the choices)' : labelOf(q, a.given),
    expected: labelOf(q, q.answer),
    rule: text,
    citation: formatCitation(citation),
    ...(arithmetic !== undefined ? { arithmetic } : {}),
  };
}

/** Builds the debrief from the questions asked and the scored answers, matched by question id. */
export function buildDebrief(questions: readonly Question[], answers: readonly ScoredAnswer[]): Debrief {
  const asked = questions.flatMap((q, i) => {
    const a = answers.find((x) => x.questionId === q.id);
    return a ? [{ q, a, number: i + 1 }] : [];
  });
  const byTopic = TOPICS.flatMap((topic) => {
    const mine = asked.filter((x) => x.q.topic === topic);
    return mine.length === 0 ? [] : [{ topic, correct: mine.filter((x) => x.a.correct).length, asked: mine.length }];
  });
  const times = asked.map((x) => x.a.elapsedMs);
  return {
    correct: asked.filter((x) => x.a.correct).length,
    asked: asked.length,
    byTopic,
    mistakes: asked.filter((x) => !x.a.correct).map((x) => mistakeOf(x.q, x.a, x.number)),
    unanswered: asked.filter((x) => x.a.unanswered === true).length,
    time: { medianMs: median(times), maxMs: Math.max(0, ...times), totalMs: times.reduce((s, t) => s + t, 0) },
  };
}
