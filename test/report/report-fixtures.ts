import { readFileSync } from 'node:fs';
import { parseReportInput, type ReportInput } from '../../src/report/index.js';

export const RUN_FIXTURE = 'test/fixtures/report/marrakech-2025.run.json';
export const SWEEP_FIXTURE = 'test/fixtures/report/contested-presidency.sweep.json';

function fixture<K extends ReportInput['kind']>(file: string, kind: K, edit?: (json: any) => void): Extract<ReportInput, { kind: K }> {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  edit?.(json);
  const parsed = parseReportInput(JSON.stringify(json));
  if (!parsed.ok || parsed.value.kind !== kind) throw new Error(`${file}: not a ${kind} (${parsed.ok ? parsed.value.kind : parsed.problem.message})`);
  return parsed.value as Extract<ReportInput, { kind: K }>;
}

/** The Marrakech run of the committed fixture (made by `npm run docs:report`), optionally edited. */
export const runFixture = (edit?: (json: any) => void) => fixture(RUN_FIXTURE, 'run', edit);

/** The 10,000-run contested-presidency sweep of the committed fixture, optionally edited. */
export const sweepFixture = (edit?: (json: any) => void) => fixture(SWEEP_FIXTURE, 'sweep', edit);

/** What a person reads on the page: text outside tags, plus the labels of attributes read aloud or shown. */
export function readableText(page: string): string {
  const attributes = [...page.matchAll(/\s(?:aria-label|title|alt)="([^"]*)"/g)].map((m) => m[1]);
  const text = page.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');
  return [text, ...attributes].join(' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** Hostile strings: markup, attribute breakers, a style breaker, a comment, control characters. */
export const HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(2)>', "O'Brien \"Bob\" & <b>sons</b>", '</style><!--', 'bell\u0007esc\u001b[31mnul\u0000'];

/** The tag names and attribute names of a page (attribute values removed first, so their text cannot pose as either). */
export function markupNames(page: string): { tags: Set<string>; attributes: Set<string> } {
  const tags = new Set<string>();
  const attributes = new Set<string>();
  for (const [, name, rest] of page.replace(/<style>[\s\S]*?<\/style>/, '<style>').matchAll(/<\/?([!a-zA-Z][^\s>/]*)([^>]*)>/g)) {
    tags.add(name!.toLowerCase());
    for (const [, attr] of rest!.replace(/"[^"]*"/g, '').matchAll(/([^\s=/]+)=?/g)) attributes.add(attr!.toLowerCase());
  }
  return { tags, attributes };
}

/** Every string a person reads in a run's JSON, replaced by hostile text (cycling through HOSTILE). */
export const hostileRun = () =>
  runFixture((run) => {
    let n = 0;
    const next = () => `${HOSTILE[n++ % HOSTILE.length]}`;
    run.scenario.title = next();
    run.session.city = next();
    run.rules = next();
    for (const item of run.items) item.title = next();
    for (const e of run.elections) for (const c of e.candidates) c.name = next();
    for (const s of run.committee) s.holder = next();
    for (const d of run.decisions) if (d.threshold) d.threshold.arithmetic = next();
  });
