import { describe, expect, it } from 'vitest';
import { describeTally } from '../../src/training/describe.js';
import { buildDebrief } from '../../src/training/debrief.js';
import { renderDebriefText } from '../../src/training/render-debrief.js';
import { scoreAnswer } from '../../src/training/score.js';
import type { Question } from '../../src/training/question.js';
import { footerLine } from '../../src/ui/components/Footer.js';
import { QuestionPrompt } from '../../src/ui/training/QuestionPrompt.js';
import { initialPromptState } from '../../src/ui/training/prompt-state.js';
import { renderFrame } from '../test-utils/render.js';
import { runWithRightAnswers } from './support/training.js';

// issue 17, training and drills: the wording a trainee reads
const question: Question = {
  id: '9/outcome/agenda', topic: 'majorities', prompt: 'Adoption of the agenda: 155 yes, 6 no. What is announced?', kind: 'choice',
  choices: [{ key: 'adopted', label: 'adopted' }, { key: 'rejected', label: 'rejected' }], answer: 'adopted',
  explanation: { text: 'a simple majority of 161 votes expressed is 81', citation: { rule: 'R2.3', source: 'CONST Art 14' } },
};

describe('training and drills as a trainee reads them (issue 17)', () => {
  it('an unanswered question is scored as unanswered, not as a wrong answer of \'\'', () => {
    const scored = scoreAnswer(question, '', 0);
    expect(scored.correct).toBe(false);
    expect(scored.feedback).toContain('✖ Unanswered: the answer is adopted.');
    expect(scored.feedback).not.toContain("you answered ''");
    const text = renderDebriefText(buildDebrief([question], [scored]));
    expect(text).toContain('Score: 0/1 (0%); 1 unanswered');
    expect(text).toContain('Question 1 (majorities): unanswered; the answer is adopted');
    expect(text).not.toContain('9/outcome/agenda'); // no ids
  });

  it('counts are in the singular for one: "1 abstention", "1 invalid paper"', () => {
    expect(describeTally({ yes: 80, no: 60, abstain: 1, invalid: 1, entitled: 170 } as never)).toBe('80 yes, 60 no, 1 abstention, 1 invalid paper; 170 entitled to vote');
  });

  it('the training prompt says "Question 3", not a total that grows as the session goes', () => {
    const frame = renderFrame(<QuestionPrompt question={question} index={2} total={null} state={initialPromptState} width={80} />, 80);
    expect(frame).toContain('Question 3 · majorities');
    expect(frame).not.toMatch(/Question 3\/\d/);
  });

  it('the training footer leaves out b and j, which are off in training', () => {
    const text = footerLine(80, false, true)[0]!.text;
    expect(text).not.toMatch(/\bb back\b|\bj jump\b/);
    expect(text).toContain('s save');
  });

  it('the chair\'s next-step questions speak of the floor, not of machine states', () => {
    const run = runWithRightAnswers('scenarios/marrakech-2025.yaml', 'chair');
    const prompts = run.questions.filter((q) => q.topic === 'procedure').map((q) => q.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    for (const p of prompts) expect(p).not.toMatch(/'(announced|ruled|floor|counted)'/);
  });

  it('the secretariat is asked about the members whose right to vote takes thought, not one member in good standing', () => {
    const run = runWithRightAnswers('scenarios/training-incidents.yaml', 'secretariat');
    const members = new Set(run.questions.filter((q) => q.topic === 'eligibility' && q.id.includes('/eligibility/')).map((q) => q.id.split('/').at(-1)));
    expect(members.size).toBeGreaterThan(2);
    const prompts = run.questions.filter((q) => q.id.includes('/eligibility/')).map((q) => q.prompt).join('\n');
    expect(prompts).toMatch(/credentials (disputed|refused)|admitted at item|€[1-9]\d* unpaid of/);
  });
});
