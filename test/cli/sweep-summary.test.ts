import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsvRows } from '../test-utils/csv.js';

// Issue 14 item 4, through the real command on a scenario file: sweeps run worker threads from dist/.
const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = 'test/fixtures/scenarios/sweep-contingent.yaml';
const gasim = async (...args: string[]) => (await promisify(execFile)(process.execPath, ['dist/cli.js', ...args], { cwd: root, encoding: 'utf8' })).stdout;
const sweep = (...flags: string[]) => gasim('sweep', fixture, '--runs', '200', '--seed', '5', ...flags);

const CANDIDATE_IDS = ['bianchi', 'okafor-silva', 'tanaka', 'reyes', 'nowak', 'rahman', 'kapoor'];
const ITEM_IDS = ['president', 'vp-americas', 'delegate-europe', 'delegates-asia', 'am-1'];

describe('gasim sweep summary (issue 14.4)', () => {
  let text: string;
  let json: { seats: { item: string; seat: number; label: string; candidates: { id: string; name: string; wins: { count: number; high: number } }[]; vacant: { count: number }; notHeld: { count: number }; notHeldReasons: { reason: string }[] }[] };
  let csv: string[][];
  beforeAll(async () => {
    [text, json, csv] = await Promise.all([sweep('--workers', '2'), sweep('--json', '--workers', '1').then(JSON.parse), sweep('--csv').then(parseCsvRows)]);
  });

  it('lists every candidate, one who never wins with its upper bound, in text, JSON and CSV', () => {
    const president = json.seats.find((s) => s.item === 'president')!;
    const tanaka = president.candidates.find((c) => c.id === 'tanaka')!;
    expect(tanaka).toMatchObject({ name: 'Hiroshi Tanaka', wins: { count: 0 } });
    expect(tanaka.wins.high).toBeGreaterThan(0);
    expect(text).toMatch(/Hiroshi Tanaka \(Japan\) +0\.0% {2}0\.0%–1\.9%/);
    const winners = csv.filter((row) => row[0] === 'winner' && row[1] === 'president').map((row) => [row[4], row[5]]);
    expect(winners).toContainEqual(['tanaka', 'Hiroshi Tanaka (Japan)']);
    expect(winners.length).toBe(3);
  });

  it('separates a seat not held (contingent, or no eligible candidate) from a vacant one', () => {
    const seat = (item: string, n = 1) => json.seats.find((s) => s.item === item && s.seat === n)!;
    expect(seat('delegate-europe').notHeldReasons.map((r) => r.reason)).toEqual(['no-seat']);
    expect(seat('vp-americas').notHeldReasons.map((r) => r.reason)).toEqual(['no-candidate']);
    expect(seat('delegate-europe').vacant.count + seat('vp-americas').vacant.count).toBe(0);
    // the second Asian seat is always held: each run either fills it or leaves it vacant, never "not held"
    const asia2 = seat('delegates-asia', 2);
    expect(asia2.candidates.reduce((n, c) => n + c.wins.count, 0) + asia2.vacant.count).toBe(200);
    expect(seat('delegates-asia', 2).notHeld.count).toBe(0);
    expect(text).toContain('no seat to fill (a contingent seat not reopened, or no continent missing)');
    expect(text).toContain('no eligible candidate (the seat stays vacant)');
    expect(csv.filter((row) => row[0] === 'not-held').map((row) => row[4])).toEqual(
      expect.arrayContaining(['not-held', 'not-held:no-seat', 'not-held:no-candidate']),
    );
  });

  it('speaks in names, never ids, with no repeated labels, in the text report', () => {
    for (const id of [...CANDIDATE_IDS, ...ITEM_IDS]) expect(text).not.toMatch(new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`, 'm'));
    for (const line of text.split('\n')) expect(line).not.toMatch(/(\S[^·]*?) · \1( |$)/);
    expect(text).toContain('Election of the President · held in 100.0% of runs');
  });

  it('shows the distribution of vote shares on the decisive ballot, the same in JSON and CSV', () => {
    expect(text).toContain('share of the votes expressed on the decisive ballot');
    const quantiles = csv.filter((row) => row[0] === 'share-quantile' && row[1] === 'president' && row[4] === 'bianchi');
    expect(quantiles.map((row) => row[6])).toEqual(['p5', 'p25', 'p50', 'p75', 'p95']);
    const histogram = csv.filter((row) => row[0] === 'share-histogram' && row[1] === 'president' && row[4] === 'bianchi');
    expect(histogram.reduce((n, row) => n + Number(row[8]), 0)).toBe(Number(histogram[0]![9]));
  });

  it('gives the same JSON with one worker and with two', async () => {
    expect(JSON.parse(await sweep('--json', '--workers', '2'))).toEqual(json);
  });
});
