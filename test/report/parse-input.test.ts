import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReportInput } from '../../src/report/input/parse-input.js';
import { RUN_FIXTURE, SWEEP_FIXTURE } from './report-fixtures.js';

const runText = readFileSync(RUN_FIXTURE, 'utf8');
const sweepText = readFileSync(SWEEP_FIXTURE, 'utf8');

function problem(text: string) {
  const parsed = parseReportInput(text);
  if (parsed.ok) throw new Error('expected a problem');
  return parsed.problem;
}

describe('parseReportInput', () => {
  it('tells a run result from a sweep summary', () => {
    const run = parseReportInput(runText);
    const sweep = parseReportInput(sweepText);
    expect(run.ok && run.value.kind).toBe('run');
    expect(sweep.ok && sweep.value.kind).toBe('sweep');
  });

  it('replaces control characters in every string once, at the boundary', () => {
    const run = JSON.parse(runText);
    run.scenario.title = 'A\u0000B\u001b[31m';
    const parsed = parseReportInput(JSON.stringify(run));
    expect(parsed.ok && parsed.value.kind === 'run' && parsed.value.run.scenario.title).toBe('A\uFFFDB\uFFFD[31m');
  });

  it.each([
    ['an empty file', '  \n', { line: 1, col: 1, message: 'is empty' }],
    ['broken JSON, located', '{\n  "runs": 3,\n  }', { line: 3, col: 3, message: expect.stringMatching(/^is not valid JSON/) }],
    ['truncated JSON, located at its end', '{\n  "runs": 3,', { line: 2, col: 13, message: expect.stringMatching(/^is not valid JSON/) }],
    ['a JSON array', '[1, 2]', { line: 1, col: 1, message: 'is JSON but not an object' }],
    ['an unknown format', '{\n  "format": "gasim/journal@1"\n}', { line: 2, col: 13, message: expect.stringMatching(/has format 'gasim\/journal@1'/) }],
    ['a sweep summary of an older gasim', '{ "runs": 3, "seats": [], "questions": [] }', { line: 1, col: 1, message: expect.stringMatching(/older gasim/) }],
    ['an object of another kind', '{ "a": 1 }', { line: 1, col: 1, message: expect.stringMatching(/neither a run result .* nor a sweep summary/) }],
    ['a scenario', 'format: gasim/scenario@1\nid: x\n', { line: 1, col: 1, message: 'is a scenario, not the result of a run or a sweep' }],
    ['the CSV of a sweep', 'section,item,seat,key,value,ci_low,ci_high\nruns,,,runs,10,,\n', { line: 1, col: 1, message: expect.stringMatching(/CSV of a sweep/) }],
  ])('refuses %s with a located message and a fix', (_name, text, expected) => {
    const p = problem(text);
    expect(p).toMatchObject(expected);
    expect(p.hint).not.toBe('');
  });

  it('locates a value of the wrong type at its line and column, with its path', () => {
    const sweep = JSON.parse(sweepText);
    sweep.seats[0].candidates[1].wins.p = 'high';
    const text = JSON.stringify(sweep, null, 2);
    const p = problem(text);
    expect(p.message).toMatch(/^at seats\[0\]\.candidates\[1\]\.wins\.p: /);
    const line = text.split('\n')[p.line - 1]!;
    expect(line.slice(p.col - 1)).toBe('"high",');
  });

  it('locates a missing field at the object that lacks it', () => {
    const run = JSON.parse(runText);
    delete run.elections[0].rounds;
    const text = JSON.stringify(run, null, 2);
    const p = problem(text);
    expect(p.message).toMatch(/^at elections\[0\]\.rounds: /);
    expect(text.split('\n')[p.line - 1]!.slice(p.col - 1)).toBe('{');
  });
});
