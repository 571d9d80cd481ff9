import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../test-utils/io.js';
import { expectedAnswers } from './support/training.js';

const dir = mkdtempSync(join(tmpdir(), 'gasim-train-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MARRAKECH = resolve('scenarios/marrakech-2025.yaml');
const INCIDENTS = resolve('scenarios/training-incidents.yaml');

function answersFile(name: string, lines: readonly string[]): string {
  const file = join(dir, name);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

describe('gasim train --answers', () => {
  it('gives full marks on Marrakech (chair) when every answer is the rules core\'s', async () => {
    const file = answersFile('right.txt', expectedAnswers(MARRAKECH, 'chair'));
    const io = captureIo({ cwd: dir });
    expect(await main(['train', MARRAKECH, '--role', 'chair', '--answers', file, '--report', 'report.md'], io)).toBe(0);
    expect(io.out()).toContain('Score: 28/28 (100%)');
    expect(io.out()).toContain('No mistakes.');
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('**Score:** 28/28 (100%)');
    const again = captureIo({ cwd: dir });
    expect(await main(['train', MARRAKECH, '--answers', file, '--report', 'report.md'], again)).toBe(4);
    expect(again.err()).toContain('report.md exists');
  });

  it('lists each wrong answer with its rule and citation', async () => {
    const right = expectedAnswers(MARRAKECH, 'chair');
    const file = answersFile('wrong.txt', ['rejected', '1', ...right.slice(2, 27)]);
    const io = captureIo({ cwd: dir });
    expect(await main(['train', MARRAKECH, '--answers', file], io)).toBe(0);
    const debrief = io.out().slice(io.out().indexOf('Score:'));
    expect(debrief).toMatchInlineSnapshot(`
      "Score: 25/28 (89%)
        majorities   9/10
        procedure    16/18
      Time per decision: median 0.0 s, max 0.0 s; total 0.0 s
      Mistakes (3):
        1. [majorities] you answered rejected; the answer is adopted
          a simple majority of 161 votes expressed is 81; 155 yes reaches the 81 required: the proposal is adopted (R2.3, CONST Art 14; GR Art 20; RPGA Art 37(1))
        2. [procedure] you answered put the question to the vote; the answer is close the item
          next: close the item (R5.4, the agenda as adopted (RPGA Art 13))
        3. [procedure] you answered (unreadable answer); the answer is close the item
          next: close the item (R5.4, the agenda as adopted (RPGA Art 13))
      "
    `);
  });

  it('injects every incident of scenarios/training-incidents.yaml', async () => {
    const file = answersFile('incidents.txt', expectedAnswers(INCIDENTS, 'chair'));
    const io = captureIo({ cwd: dir });
    expect(await main(['train', INCIDENTS, '--answers', file], io)).toBe(0);
    expect(io.out().split('\n').filter((l) => l.startsWith('Incident: '))).toMatchInlineSnapshot(`
      [
        "Incident: member-admitted (TUV)",
        "Incident: point-of-order on budget-2029",
        "Incident: invalid-paper on budget-2029",
        "Incident: adjourn-debate on programme-2029",
        "Incident: tie on venue-2030",
        "Incident: candidate-withdraws on vp-europe",
      ]
    `);
    expect(io.out()).toContain('No mistakes.');
  });

  it('exits 5 without a terminal and without --answers, and 2 for an unknown role', async () => {
    const io = captureIo({ cwd: dir });
    expect(await main(['train', MARRAKECH], io)).toBe(5);
    expect(io.err()).toContain('--answers FILE');
    expect(await main(['train', '--role', 'usher', '--answers', 'x'], captureIo({ cwd: dir }))).toBe(2);
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });
});
