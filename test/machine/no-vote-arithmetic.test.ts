import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Acceptance of issue 4: the machine calls the rules and never counts votes itself. A heuristic:
 * an arithmetic operator (`+ - * /`, also `+=`, `++`) next to an identifier named like votes
 * (`votes`, `yes`, `no`, `abstain`, `tally`, `counts`, `papers`, `ballots`) is flagged. Comments and
 * strings are stripped first; `ctx.seq += 1`, `ballot + 1` (a ballot number) and template text do
 * not match. The default voter is a stand-in for the simulation's behaviour model (it will move to
 * `src/sim/`), not part of the machine, so it is left out.
 */
const VOTE_WORD = String.raw`\b(?:votes?|yes|no|abstain|abstentions|tally|tallies|counts?|papers)\b`;
const OP = String.raw`(?:\+\+|--|[-+*/]=?)`;
const ARITHMETIC = new RegExp(String.raw`${VOTE_WORD}(?:\.\w+|\[[^\]]*\]|!)*\s*${OP}(?![>/*])|(?<![=<>!/*])${OP}\s*(?:\w+\.)*${VOTE_WORD}`);
const EXEMPT = new Set<string>();

const machineDir = new URL('../../src/machine/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !EXEMPT.has(e.name) ? [join(dir, e.name)] : [],
  );
}

function codeOnly(text: string): string[] {
  const stripped = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/`(?:[^`\\]|\\.)*`|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, '""');
  return stripped.split('\n');
}

describe('src/machine', () => {
  it('does no arithmetic on votes', () => {
    const hits = sources(machineDir).flatMap((file) =>
      codeOnly(readFileSync(file, 'utf8')).flatMap((line, i) => (ARITHMETIC.test(line) ? [`${relative(machineDir, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });

  it('flags the kind of line it looks for', () => {
    const flagged = ['const total = tally.yes + tally.no;', 'counts[c] += 1;', 'yes++', 'n - votes.length'];
    const clean = ['ctx.seq += 1;', 'const ballot = (seatBallot ?? 0) + 1;', 'if (counts === null) return;', 'arrow => votes'];
    expect(flagged.filter((l) => !ARITHMETIC.test(codeOnly(l)[0]!))).toEqual([]);
    expect(clean.filter((l) => ARITHMETIC.test(codeOnly(l)[0]!))).toEqual([]);
  });
});
