import type { PassThrough } from 'node:stream';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { buildDebrief } from '../../src/training/debrief.js';
import { generateDrill } from '../../src/training/drill.js';
import { renderDebriefText } from '../../src/training/render-debrief.js';
import { scoreAnswer } from '../../src/training/score.js';
import { captureIo } from '../test-utils/io.js';

const dir = mkdtempSync(join(tmpdir(), 'gasim-drill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generateDrill', () => {
  it('gives the same questions for the same seed, other questions for another', () => {
    const a = generateDrill({ count: 20, seed: 7 });
    expect(generateDrill({ count: 20, seed: 7 })).toEqual(a);
    expect(generateDrill({ count: 20, seed: 8 })).not.toEqual(a);
  });

  it('covers the drill topics in turn, or only the one asked for', () => {
    expect(generateDrill({ count: 8, seed: 1 }).map((q) => q.topic)).toEqual(['majorities', 'elections', 'eligibility', 'motions', 'majorities', 'elections', 'eligibility', 'motions']);
    expect(new Set(generateDrill({ count: 10, seed: 1, topic: 'elections' }).map((q) => q.topic))).toEqual(new Set(['elections']));
  });
});

describe('debrief', () => {
  const questions = generateDrill({ count: 3, seed: 3 });

  it('gives full marks when every answer is right', () => {
    const answers = questions.map((q) => scoreAnswer(q, String(q.answer), 1000));
    expect(buildDebrief(questions, answers)).toMatchObject({ correct: 3, asked: 3, mistakes: [], time: { medianMs: 1000, maxMs: 1000, totalMs: 3000 } });
  });

  it('lists each mistake with its rule and citation', () => {
    const answers = ['61', 'elected', 'arrears'].map((raw, i) => scoreAnswer(questions[i]!, raw, 1000 * (i + 1)));
    expect(renderDebriefText(buildDebrief(questions, answers))).toMatchInlineSnapshot(`
      "Score: 0/3 (0%)
        majorities   0/1
        elections    0/1
        eligibility  0/1
      Time per decision: median 2.0 s, max 3.0 s; total 6.0 s
      Mistakes (3):
        1. [majorities] you answered 61; the answer is 60
          a simple majority of 118 votes expressed is 60; yes had 80 (R2.3, CONST Art 14; GR Art 20; RPGA Art 37(1))
        2. [elections] you answered a candidate is elected; the answer is no majority: a further ballot
          a simple majority of 80 votes expressed is 41; nobody reached the 41 votes required; Candidate 37 is dropped from the next ballot (Q5, RPEC Art 7(7)(b))
        3. [eligibility] you answered no: suspended for arrears; the answer is yes, it may vote
          EZQ: yes, it may vote (R2.1, CONST Art 13; GR Art 18)
      "
    `);
  });
});

describe('gasim drill', () => {
  const answersFile = (name: string, lines: readonly string[]) => {
    writeFileSync(join(dir, name), lines.join('\n') + '\n');
    return name;
  };

  it('reads --answers, prints feedback and the debrief, and writes the report', async () => {
    const questions = generateDrill({ count: 20, seed: 5 });
    const io = captureIo({ cwd: dir });
    const file = answersFile('right.txt', questions.map((q) => String(q.answer)));
    expect(await main(['drill', '--count', '20', '--seed', '5', '--answers', file, '--report', 'report.md'], io)).toBe(0);
    expect(io.out()).toContain('Question 20/20');
    expect(io.out()).toContain('Score: 20/20 (100%)');
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('**Score:** 20/20 (100%)');
  });

  it('goes on after wrong answers and reports them', async () => {
    const io = captureIo({ cwd: dir });
    const file = answersFile('wrong.txt', ['0', 'x']);
    expect(await main(['drill', '--count', '4', '--seed', '5', '--answers', file], io)).toBe(0);
    expect(io.out()).toContain('Question 4/4');
    expect(io.out()).toMatch(/Score: [0-2]\/4/);
  });

  it('refuses to overwrite a report without --force (exit 4)', async () => {
    writeFileSync(join(dir, 'kept.md'), 'mine');
    const io = captureIo({ cwd: dir });
    const file = answersFile('one.txt', ['1']);
    expect(await main(['drill', '--count', '1', '--answers', file, '--report', 'kept.md'], io)).toBe(4);
    expect(readFileSync(join(dir, 'kept.md'), 'utf8')).toBe('mine');
    expect(await main(['drill', '--count', '1', '--answers', file, '--report', 'kept.md', '--force'], captureIo({ cwd: dir }))).toBe(0);
    expect(existsSync(join(dir, 'kept.md')) && readFileSync(join(dir, 'kept.md'), 'utf8')).toContain('# gasim drill debrief');
  });

  it('reads piped stdin lines when there is no terminal', async () => {
    const io = captureIo({ cwd: dir });
    (io.stdin as PassThrough).end('1\n');
    expect(await main(['drill', '--count', '1', '--seed', '2', '--topic', 'motions'], io)).toBe(0);
    expect(io.out()).toContain('Score: ');
  });

  it('rejects an unknown topic with exit code 2', async () => {
    const io = captureIo({ cwd: dir });
    expect(await main(['drill', '--topic', 'astrology'], io)).toBe(2);
    expect(io.err()).toContain("unknown topic 'astrology'");
  });
});
