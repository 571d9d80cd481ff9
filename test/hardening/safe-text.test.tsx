import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderToString } from 'ink';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { csvText, markdownText, terminalField, terminalText } from '../../src/domain/safe-text.js';
import { csvCell } from '../../src/sim/csv.js';
import { Lines } from '../../src/ui/components/Lines.js';
import { plain } from '../../src/ui/layout/line.js';
import { captureIo } from '../test-utils/io.js';

// issue 18, "text out is safe": control, bidi and markup characters from a scenario never reach
// the terminal, the minutes or a spreadsheet raw
const HOSTILE = new URL('../fixtures/hostile/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'gasim-safe-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

async function gasim(...argv: string[]) {
  const io = captureIo({ cwd: dir });
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('the neutraliser', () => {
  it('shows terminal controls and bidi characters escaped, keeping line feeds and tabs in text', () => {
    expect(terminalText('a\u001b]0;x\u0007b\n\tc\u202ed\u0000\u007f\u009b')).toBe('a\\u001b]0;x\\u0007b\n\tc\\u202ed\\u0000\\u007f\\u009b');
    expect(terminalField('a\nb\rc\u2066')).toBe('a\\u000ab\\u000dc\\u2066');
    expect(terminalText('Écully – “quoted” 北京')).toBe('Écully – “quoted” 北京');
  });

  it('keeps Markdown structure: no new line, table cell, code span or heading from a name', () => {
    expect(markdownText('a | b\n# c `d`')).toBe('a \\| b # c \\`d\\`');
    expect(markdownText('# title')).toBe('\\# title');
    expect(markdownText('budget-2026')).toBe('budget-2026');
  });

  it('defuses spreadsheet formulas in CSV text, not numbers', () => {
    for (const formula of ['=1+1', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) expect(csvText(formula)).toBe(`'${formula}`);
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('-1.5')).toBe('-1.5');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('Alpha')).toBe('Alpha');
  });
});

describe('at every output boundary', () => {
  it('gasim run: the minutes of a scenario full of controls hold none raw, and no line a name started', async () => {
    const r = await gasim('run', `${HOSTILE}control-chars.yaml`);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(RAW_CONTROL);
    expect(r.out).toContain('Title \\u001b\\]0;pwned\\u0007');
    expect(r.out).not.toMatch(/^# (Heading|Fake)/mu);
    expect(r.out).toContain('### 2. Pipe \\| cell # Fake heading \\`code\\`');
    // the Committee table keeps its five cells
    const president = r.out.split('\n').find((l) => l.startsWith('| President |'))!;
    expect(president.replaceAll('\\|', '').split('|')).toHaveLength(7);
  });

  it('gasim run --json: valid JSON that keeps the names exactly, with nothing raw', async () => {
    const r = await gasim('run', `${HOSTILE}control-chars.yaml`, '--json');
    expect(r.out).not.toMatch(RAW_CONTROL);
    expect(r.out).not.toMatch(/\u202e/u);
    expect(r.out).toContain('"Title \\u001b]0;pwned\\u0007 with \\u001b[2J clear and \\u202eevil"');
    expect((JSON.parse(r.out) as { scenario: { title: string } }).scenario.title).toBe('Title \u001b]0;pwned\u0007 with \u001b[2J clear and \u202eevil');
  });

  it('gasim validate: a key with an escape sequence and a line break is one escaped line', async () => {
    writeFileSync(join(dir, 'key.yaml'), `format: gasim/scenario@1\nid: k\n"bad\\e]0;pwned\\a\\nkey.yaml: ok": 1\n`);
    const r = await gasim('validate', 'key.yaml');
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(RAW_CONTROL);
    for (const line of r.err.trim().split('\n')) expect(line).toMatch(/^key\.yaml:\d+:\d+: /u);
    expect(r.err).toContain('bad\\u001b]0;pwned\\u0007\\u000akey.yaml: ok');
  });

  it('gasim run --csv writes no formula a spreadsheet would run', async () => {
    const r = await gasim('run', `${HOSTILE}control-chars.yaml`, '--csv', 'out');
    expect(r.code).toBe(0);
    const { readdirSync, readFileSync } = await import('node:fs');
    const cells = readdirSync(join(dir, 'out')).flatMap((f) => readFileSync(join(dir, 'out', f), 'utf8').split(/[,\n]/u));
    expect(cells.some((c) => c.includes('HYPERLINK'))).toBe(true);
    expect(cells.filter((c) => /^"?[=+@]/u.test(c))).toEqual([]);
  });

  it('the TUI panels show a name with an escape sequence escaped', () => {
    const frame = renderToString(<Lines lines={[plain('Alpha\u001b]0;pwned\u0007\u202e')]} width={60} />, { columns: 60 });
    expect(frame).toContain('Alpha\\u001b]0;pwned\\u0007\\u202e');
    expect(frame).not.toMatch(/\u001b\]|\u202e/u);
  });

  it('identifiers are limited to a safe set at load, with the place and a fix', async () => {
    const r = await gasim('validate', `${HOSTILE}registry-bloc-escape.yaml`);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/registry-bloc-escape\.yaml:21:\d+: .*letters, digits, dashes and underscores, e\.g\. arab-league/u);
    expect(r.err).not.toMatch(RAW_CONTROL);
  });
});
