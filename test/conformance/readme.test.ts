import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CASES } from './cases.js';
import { CATALOGUE } from './catalogue.js';
import { BEGIN, END, renderConformanceTable } from './readme-table.js';
import { REJECTIONS } from './rejections.js';

// Issue 13, item 8: every rule R1–R9 and every project default Q1–Q24 either has whole-session
// cases or says why the session does not implement it, and the README's table says the same.

/** The numbered rules of interpol-rules.md: R1.1–R1.12, R2.1–R2.10, …, R9.1–R9.4, and Q1–Q24. */
const RULES_PER_SECTION = [12, 10, 9, 15, 12, 11, 6, 7, 4];
const ALL = [...RULES_PER_SECTION.flatMap((n, s) => Array.from({ length: n }, (_, k) => `R${s + 1}.${k + 1}`)), ...Array.from({ length: 24 }, (_, k) => `Q${k + 1}`)];

describe('the rule-conformance catalogue', () => {
  it('lists every rule and project default of interpol-rules.md once, in order', () => {
    expect(CATALOGUE.map((r) => r.id)).toEqual(ALL);
  });

  it('gives every rule cases or the reason it is not implemented, never both', () => {
    const cited = new Set([...CASES.flatMap((c) => c.rules), ...REJECTIONS.map((r) => r.rule)]);
    expect(CATALOGUE.filter((r) => !r.notImplemented && !cited.has(r.id)).map((r) => r.id)).toEqual([]);
    expect(CATALOGUE.filter((r) => r.notImplemented && cited.has(r.id)).map((r) => r.id)).toEqual([]);
    expect([...cited].filter((id) => !ALL.includes(id))).toEqual([]);
  });

  it('is the README table, with a link to each case (regenerate: npx tsx test/conformance/readme-table.ts --write)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf(BEGIN), readme.indexOf(END) + END.length);
    expect(section).toBe(renderConformanceTable());
  });
});
