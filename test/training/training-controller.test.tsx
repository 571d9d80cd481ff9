import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTrainingController } from '../../src/cli/tui/training-controller.js';
import { TrainingScreen } from '../../src/ui/training/TrainingScreen.js';
import { initialPromptState } from '../../src/ui/training/prompt-state.js';
import { renderFrame } from '../test-utils/render.js';
import { startTraining } from './support/training.js';

const MARRAKECH = resolve('scenarios/marrakech-2025.yaml');

/** A controller on Marrakech (chair) with a clock the test moves, stepped to the first question. */
function atFirstQuestion() {
  const { run, voter } = startTraining(MARRAKECH, 'chair');
  let clock = 1000;
  const controller = createTrainingController({ run, voter, now: () => clock, save: () => Promise.resolve('unused') });
  controller.endOfDay(); // stops at the first decision point, whatever the predicate
  return { controller, tick: (ms: number) => (clock += ms) };
}

describe('training controller', () => {
  it('stops at the first decision point with the decision masked', () => {
    const { controller } = atFirstQuestion();
    const { prompt } = controller.getTraining();
    expect(prompt?.question.id).toBe('9/outcome/agenda');
    const ballot = controller.getView().ballot!;
    expect({ outcome: ballot.outcome, masked: ballot.masked, markers: ballot.bars.map((b) => b.marker ?? null) }).toEqual({ outcome: null, masked: true, markers: [null, null] });
    const events = controller.current().stepper.events.length;
    controller.step();
    expect(controller.current().stepper.events.length).toBe(events);
  });

  it('scores a wrong answer at once, times it with the injected clock, then unmasks and goes on', () => {
    const { controller, tick } = atFirstQuestion();
    tick(4200);
    controller.answer('2');
    const { prompt } = controller.getTraining();
    expect(prompt?.feedback?.correct).toBe(false);
    expect(prompt?.feedback?.text.split('\n')[0]).toBe('✖ Wrong: you answered rejected; the answer is adopted.');
    expect(controller.current().answers[0]?.elapsedMs).toBe(4200);
    controller.next();
    expect(controller.getTraining().prompt?.question.id).toBe('9/next-step');
    controller.answer('close-item');
    controller.next();
    expect(controller.getTraining().prompt).toBeNull();
    expect(controller.getView().ballot?.masked).toBeUndefined();
    expect(controller.getView().ballot?.outcome).not.toBeNull();
  });

  it('shows the masked ballot and the question at 80×24', () => {
    const { controller } = atFirstQuestion();
    const frame = renderFrame(
      <TrainingScreen view={controller.getView()} training={controller.getTraining()} prompt={initialPromptState} width={80} height={24} overlay={{ kind: 'none' }} />,
      80,
    );
    expect(frame.split('\n').length).toBeLessThanOrEqual(24);
    expect(frame.split('\n').every((l) => l.length <= 80)).toBe(true);
    expect(frame).toMatchInlineSnapshot(`
      "93rd GA · Marrakech                          Day 1/4 · Mon 24 Nov 2025 · opening
      3. Adoption of the agenda · Agenda
      Adoption of the agenda · electronic recorded · simple majority

        Members entitled to vote ........ 170
        Abstentions .....................   8
        Invalid papers ..................   0
        Votes expressed ................. 161
        Majority required ...............   ?

        yes │██████████████████████████████████████████████████████▉   155
        no  │█▏                                                          6
        decision hidden until you answer


      ─ QUESTION ─────────────────────────────────────────────────────────────────────
      Question 1 · majorities
      Vote on the proposal: 155 yes, 6 no, 8 abstentions, 0 invalid papers; 170
      entitled to vote. It needs a simple majority of votes expressed. What do you
      announce?
      ▶ 1) adopted
        2) rejected
      ↑↓ or 1–9 choose · ⏎ answer
      answer the question to go on  q quit"
    `);
  });
});

describe('training shell', () => {
  it('never computes an expected answer: no literal answers, no rules imports', () => {
    const tui = readdirSync('src/cli/tui').filter((f) => f.startsWith('training-')).map((f) => `src/cli/tui/${f}`);
    const ui = readdirSync('src/ui/training').map((f) => `src/ui/training/${f}`);
    const files = [...tui, ...ui, 'src/cli/commands/train.ts'];
    const literal = /\banswer\s*:\s*(['"`]|\d)/;
    const rules = /from '[./]*\/rules\//;
    expect(files.filter((f) => literal.test(readFileSync(f, 'utf8')) || rules.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});
