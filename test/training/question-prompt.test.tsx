import { describe, expect, it, vi } from 'vitest';
import { decideQuestion } from '../../src/rules/majority.js';
import { defaultRuleSet } from '../../src/rules/rule-set.js';
import { majorityQuestion, outcomeQuestion } from '../../src/training/majority-questions.js';
import { scoreAnswer } from '../../src/training/score.js';
import { DrillApp } from '../../src/ui/training/DrillApp.js';
import { initialPromptState } from '../../src/ui/training/prompt-state.js';
import { QuestionPrompt } from '../../src/ui/training/QuestionPrompt.js';
import { renderFrame, renderUi } from '../test-utils/render.js';

const result = decideQuestion({ entitled: 170, yes: 84, no: 80, abstain: 4, invalid: 2 }, 'membership', { totalMembers: 196 }, defaultRuleSet());
const fitsIn = (frame: string, columns: number, rows: number) =>
  frame.split('\n').length <= rows && frame.split('\n').every((l) => l.length <= columns);

describe('QuestionPrompt', () => {
  it('shows a choice question at 80×24 with the answer hidden', () => {
    const frame = renderFrame(<QuestionPrompt question={outcomeQuestion(result)} index={0} total={20} state={{ selected: 1, typed: '' }} />, 80);
    expect(fitsIn(frame, 80, 24)).toBe(true);
    expect(frame).toMatchInlineSnapshot(`
      "Question 1/20 · majorities
      Vote on the proposal: 84 yes, 80 no, 4 abstentions, 2 invalid papers; 170
      entitled to vote. It needs a two-thirds majority of members present and voting.
      What do you announce?
        1) adopted
      ▶ 2) rejected
      ↑↓ or 1–9 choose · ⏎ answer"
    `);
  });

  it('shows the feedback once answered, within 80×24', () => {
    const q = majorityQuestion(result);
    const scored = scoreAnswer(q, '83', 0);
    const frame = renderFrame(<QuestionPrompt question={q} index={1} total={20} state={{ ...initialPromptState, typed: '83' }} feedback={{ correct: scored.correct, text: scored.feedback }} />, 80);
    expect(fitsIn(frame, 80, 24)).toBe(true);
    expect(frame).toContain('✖ Wrong: you answered 83; the answer is 110.');
  });
});

describe('DrillApp', () => {
  it('takes a number key, shows feedback, and finishes after the last question', async () => {
    let finished: readonly unknown[] = [];
    const ui = renderUi(<DrillApp questions={[outcomeQuestion(result)]} now={() => 0} onFinish={(a) => (finished = a)} />);
    const wait = () => new Promise((r) => setImmediate(r));
    // generous timeouts: the machine is shared and ink renders on its own schedule
    const within = { timeout: 10_000 };
    await vi.waitFor(() => expect(ui.frame()).toContain('▶ 1) adopted'), within);
    await vi.waitFor(() => {
      ui.stdin.write('2');
      expect(ui.frame()).toContain('▶ 2) rejected');
    }, within);
    ui.stdin.write('\r');
    await vi.waitFor(() => expect(ui.frame()).toContain('✔ Right: rejected.'), within);
    ui.stdin.write('\r');
    await wait();
    await vi.waitFor(() => expect(finished).toHaveLength(1), within);
    ui.unmount();
  });
});
