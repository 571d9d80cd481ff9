import { describe, expect, it } from 'vitest';
import { MEMBERS } from '../../src/registry/members.js';
import { buildReport } from '../../src/report/index.js';
import { ITEM_WITHOUT_RECORD } from '../../src/sim/format.js';
import { readableText, runFixture, sweepFixture } from './report-fixtures.js';

const generator = 'gasim test';
const run = runFixture();
const sweep = sweepFixture();

describe('buildReport on a Marrakech run', async () => {
  const report = await buildReport(run, { generator });
  const text = readableText(report.html).replace(/\s+/g, ' ');

  it('draws each election seat as a chart, each an SVG with marks beside its data table, without a warning', () => {
    expect(report.charts).toBe(6);
    expect(report.warnings).toEqual([]);
    const figures = report.html.split('<figure').slice(1);
    expect(figures).toHaveLength(6);
    for (const f of figures) {
      expect(f).toMatch(/<svg[^>]*viewBox/);
      expect(f).toMatch(/class="mark-rect role-mark[^"]*"[^>]*>\s*<path/);
      expect(f).toMatch(/<div class="chart-data">.*<table/s);
      expect(f).toMatch(/<figcaption>/);
    }
  });

  it('puts the key figures first, then the minutes with real tables', () => {
    expect(text).toContain('Members represented 179 of 196');
    expect(text).toContain('President Lucas Philippe (France) 3 84 of 164 (83 needed)');
    expect(text).toContain('Day 4 — Thursday 27 November 2025');
    expect(text).toContain('3. Adoption of the agenda');
    expect(text).toMatch(/Adopted \(a simple majority of 161 votes expressed is 81; CONST Art 14; GR Art 20; RPGA Art 37\(1\)\)\. Electronic recorded vote\./);
    expect(text).toContain('Majority required 112 110 83');
    expect(text).toContain('Lucas Philippe (France) 91 87 84');
    expect(text).toContain('President Lucas Philippe France Europe 2025–2029');
    // who could not vote, and why, from the record's electorate (R2.1, R8.1)
    expect(text).toContain('Needed 81 · got 155 · carried. 26 Members without a vote: 9 in arrears (R8.1), 17 not represented (R2.1).');
    expect(text).toContain('Not on the paper: Mohamed Ibrahim Amin (Kenya): already elected to seat 1 of this election (R4.8).');
    expect(report.html).toMatch(/<th scope="col"[^>]*>Members entitled to vote<\/th>/);
  });

  it('says of an item without a vote what the Markdown minutes say (one table of words, src/sim/format.ts)', async () => {
    expect(text).toContain('1. Opening of the session The Assembly took note.');
    expect(text).not.toMatch(/\bNoted\b/);
    // every status an item can end in without a record reads as a sentence, never as the enum value
    for (const status of ['pending', 'deferred', 'not-held', 'proposed', 'not-included'] as const) {
      const items = run.run.items.map((item, i) => (i === 0 ? { ...item, status } : item));
      const page = readableText((await buildReport({ ...run, run: { ...run.run, items } }, { generator })).html).replace(/\s+/g, ' ');
      expect(page).toContain(`1. Opening of the session ${ITEM_WITHOUT_RECORD[status]}`);
    }
  });

  it('names people, members and outcomes, never ids or enum values', () => {
    // item ids that are plain English words ("agenda", "closing") may be read; the others may not
    const itemIds = run.run.items.map((i) => i.id).filter((id) => /[-\d]/.test(id));
    const ids = [...itemIds, ...run.run.elections.flatMap((e) => e.candidates.map((c) => c.id))];
    expect(ids).toContain('elect-president');
    const enums = ['two-thirds-present-voting', 'no-majority', 'electronic-recorded', 'show-of-hands', 'vice-president', 'not-held', 'lead', 'tone', 'status:'];
    for (const word of [...ids, ...enums]) expect(text).not.toMatch(new RegExp(`(^|[^\\w-])${word}([^\\w-]|$)`));
    const codes = text.match(/\b[A-Z]{3}\b/g)?.filter((w) => MEMBERS.some((m) => m.iso3 === w)) ?? [];
    expect(codes).toEqual([]);
  });

  it('gives every element its own id (Vega numbers nothing: no clip paths)', () => {
    const ids = [...report.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids).size).toBe(ids.length);
    expect(report.html).not.toContain('clip-path');
  });

  it('gives the same bytes for the same input', async () => {
    expect((await buildReport(run, { generator })).html).toBe(report.html);
  });

  it('loads nothing and runs nothing: no script, a policy that forbids both', () => {
    expect(report.html).not.toMatch(/<script|<link|<img|<iframe|\son\w+=|https?:\/\/(?!www\.w3\.org)/);
    expect(report.html).toMatch(/http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;;/);
  });
});

describe('buildReport on a 10,000-run sweep', async () => {
  const report = await buildReport(sweep, { generator });
  const text = readableText(report.html).replace(/\s+/g, ' ');
  const seats = sweep.sweep.seats.length;

  it('draws outcomes, ballots per election and vote shares for every seat, and the adoption of questions', () => {
    expect(report.warnings).toEqual([]);
    expect(report.charts).toBe(3 * seats + 1);
    expect(report.html.split('<figure').slice(1).every((f) => /class="mark-rect role-mark/.test(f))).toBe(true);
  });

  it('shows the key figures with their intervals', () => {
    expect(text).toContain('10,000 runs of the session');
    expect(text).toContain('Election of the President Folake Adeyemi (Nigeria) 75.2% 74.4–76.1%');
    expect(text).toContain('Election of the President: probability of each outcome');
    expect(text).toContain('Election of the President: ballots per election');
    expect(text).toContain('Election of the President: share of the votes on the decisive ballot');
  });

  it('lists every nominee, a never-winner with its upper bound, and an election not held apart from a vacancy', () => {
    expect(text).toMatch(/Hiroshi Tanaka \(Japan\) 0 0\.0% 0\.0–0\.0\d%/);
    expect(text).toMatch(/Election not held — no eligible candidate \(the seat stays vacant\) [\d,]+ \d/);
  });

  it('names people and outcomes, never ids', () => {
    const ids = sweep.sweep.seats.flatMap((s) => [s.item, ...s.candidates.map((c) => c.id)]).filter((id) => /[-\d]/.test(id) || id === id.toLowerCase());
    for (const id of new Set(ids)) expect(text).not.toMatch(new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`));
  });
});
