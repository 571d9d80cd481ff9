import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CASES, type Output, type Run } from './cases.js';
import { sealLine, unsealLine } from '../../src/journal/chain.js';
import { gasim, scenarioFile } from '../fidelity/support.js';

// Issue 13, item 8: the rule-conformance table. Each case runs a scenario through the CLI (in
// process, `main` as `gasim` calls it) and asserts one rule's observable effect; the case's name
// cites the rule. Runs are shared between the cases that read the same output.

const outputs = new Map<string, Promise<Output>>();

function scenarioOf(run: Run): string {
  let file = run.file;
  if (run.variant) {
    let text = readFileSync(run.file, 'utf8');
    for (const [from, to] of run.variant) {
      if (!text.includes(from)) throw new Error(`variant of ${run.file}: '${from}' not found`);
      text = text.replace(from, to);
    }
    file = scenarioFile(run.file.split('/').pop()!, text);
  }
  return file;
}

function argsOf(run: Run): string[] {
  const file = scenarioOf(run);
  const command = run.command ?? 'run';
  if (command === 'validate') return ['validate', file, ...(run.args ?? [])];
  return ['run', file, ...(command === 'run' ? ['--json'] : []), ...(run.args ?? [])];
}

/** A journal of the run cut after the n-th item is opened, with the case's events appended. */
async function cutJournal(run: Run): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'gasim-conformance-'));
  const full = join(dir, 'full.jsonl');
  const { code, err } = await gasim('run', scenarioOf(run), '--journal', full);
  if (code !== 0) throw new Error(`gasim run --journal exited ${code}: ${err}`);
  const [header, ...body] = readFileSync(full, 'utf8').split('\n').filter((line) => line !== '');
  const kept: string[] = [];
  let opened = 0;
  for (const line of body) {
    if (opened === run.resume!.afterOpenItem) break;
    kept.push(line);
    if ((JSON.parse(line) as { event: { type: string } }).event.type === 'chair.openItem') opened += 1;
  }
  if (opened < run.resume!.afterOpenItem) throw new Error(`the run opens only ${opened} items`);
  // each added line is sealed to the one before it (journal format @2, src/journal/chain.ts)
  let previous = unsealLine(kept.at(-1) ?? header!)!.hash;
  const added = run.resume!.events.map((event, k) => {
    const sealed = sealLine(previous, JSON.stringify({ seq: kept.length + k + 1, event }));
    previous = sealed.hash;
    return sealed.line;
  });
  const cut = join(dir, 'cut.jsonl');
  writeFileSync(cut, [header, ...kept, ...added].join('\n') + '\n');
  return cut;
}

function outputOf(run: Run): Promise<Output> {
  const key = JSON.stringify(run);
  let output = outputs.get(key);
  if (output === undefined) {
    const json = run.command === undefined || run.command === 'run' || run.command === 'resume';
    const command = run.command === 'resume' ? cutJournal(run).then((journal) => gasim('resume', journal, '--json')) : gasim(...argsOf(run));
    output = command.then((o) => ({ ...o, json: json ? parse(o) : undefined }));
    outputs.set(key, output);
  }
  return output;
}

function parse(o: { code: number; out: string; err: string }) {
  if (o.code !== 0) throw new Error(`gasim exited ${o.code}: ${o.err}`);
  return JSON.parse(o.out);
}

describe('rule conformance: each rule of procedure through a whole session (gasim run --json)', () => {
  for (const c of CASES) {
    it(`${c.rules.join(', ')}: ${c.name}`, async () => {
      c.check(await outputOf(c.run));
    });
  }

  it('names every case once and cites only rules of interpol-rules.md', () => {
    const names = CASES.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of CASES) for (const r of c.rules) expect(r).toMatch(/^(R[1-9]\.\d+|Q([1-9]|1\d|2[0-4]))$/);
  });
});
