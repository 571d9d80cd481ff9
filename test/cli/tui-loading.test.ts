import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../test-utils/gasim-child.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[[0-9;?]*[A-Za-z]/g;
const MARRAKECH = readFileSync(`${ROOT}scenarios/marrakech-2025.yaml`, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'gasim-tui-loading-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * `gasim tui FILE` (the built CLI) in an 80×24 pseudo-terminal (util-linux `script`, which returns
 * the command's exit code): its output, stdout and stderr in the order the terminal got them.
 * `keys` are typed once the first frame shows. ink renders at exit only under CI: CI is dropped.
 */
function tuiInPty(file: string, text: string, keys = ''): Promise<{ code: number | null; output: string }> {
  writeFileSync(join(dir, file), text);
  const env = { ...process.env };
  delete env.CI;
  delete env.CONTINUOUS_INTEGRATION;
  const command = `stty cols 80 rows 24; exec ${JSON.stringify(process.execPath)} ${JSON.stringify(`${ROOT}dist/cli.js`)} tui ${file}`;
  const child = spawn('script', ['-qefc', command, '/dev/null'], { cwd: dir, env, stdio: ['pipe', 'pipe', 'inherit'] });
  let output = '';
  let typed = false;
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (!typed && keys && output.replace(ANSI, '').includes('q quit')) {
      typed = true;
      child.stdin.write(keys);
    }
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

describe('gasim tui loading its scenario (the third stage runs after the first frame, issue 17)', () => {
  it('draws the first frame, then takes keys: q quits with exit 0', async () => {
    const { code, output } = await tuiInPty('marrakech.yaml', MARRAKECH, 'q');
    expect(output.replace(ANSI, '')).toContain('Marrakech');
    expect(output).not.toContain('gasim:');
    expect(code).toBe(0);
  });

  it('clears the frame and exits 2 with the located problem when the run rejects the scenario', async () => {
    // the third ballot elects the President (Q21): a script of a ninth ballot designates no ballot of the run
    const late = MARRAKECH.replace(/^ {6}ballot: 3$/m, '      ballot: 9');
    expect(late).not.toBe(MARRAKECH);
    const { code, output } = await tuiInPty('late.yaml', late);
    expect(code).toBe(2);
    const frame = output.indexOf('q quit');
    const error = output.indexOf('gasim: late.yaml is not a valid scenario:');
    expect(frame).toBeGreaterThan(0);
    expect(error).toBeGreaterThan(frame);
    // ink's clear between them: the frame's lines erased
    expect(output.slice(frame, error)).toContain('\u001B[2K');
    const text = output.slice(error).replace(ANSI, '').replaceAll('\r', '');
    expect(text).toContain("late.yaml:172:7: the scripted ballot 9 on 'elect-president' did not take place in this run");
    expect(text).toContain('[scenario/script-unused voting.scripted[0]]');
    expect(text).toContain('fix: correct the lines above; `gasim validate late.yaml` checks the file again');
  });

  it('draws no frame for a scenario the first two stages reject', async () => {
    const { code, output } = await tuiInPty('unknown-member.yaml', MARRAKECH.replace('members: [BRA, CAN, SGP]', 'members: [BRA, CAN, XXX]'));
    expect(code).toBe(2);
    expect(output).not.toContain('q quit');
    expect(output.replace(ANSI, '').replaceAll('\r', '')).toMatch(/^gasim: unknown-member\.yaml is not a valid scenario:\n {2}unknown-member\.yaml:\d+:\d+: /);
  });
});
