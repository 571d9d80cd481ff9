import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsvRows } from '../test-utils/csv.js';
import { gasimChild, ROOT } from '../test-utils/gasim-child.js';

const dir = mkdtempSync(join(tmpdir(), 'gasim-grid-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixture = `${ROOT}test/fixtures/scenarios/sweep-contingent.yaml`;

describe('gasim sweep --vary (issue 16 item 1)', () => {
  it('prints one tidy table over the full factorial, the same from --vary and from a grid file', async () => {
    writeFileSync(join(dir, 'grid.yaml'), 'format: gasim/grid@1\ngrid:\n  voting.model.turnout: [0.8, 0.95]\n  voting.model.candidates.appeal.bianchi: 0.5:1.5:1\n');
    const common = ['sweep', fixture, '--runs', '12', '--workers', '2', '--csv'];
    const [fromFlags, fromFile] = await Promise.all([
      gasimChild([...common, '--vary', 'voting.model.turnout=0.8,0.95', '--vary', 'voting.model.candidates.appeal.bianchi=0.5:1.5:1']),
      gasimChild([...common, '--grid', 'grid.yaml'], dir),
    ]);
    expect(fromFlags.code).toBe(0);
    expect(fromFile.out).toBe(fromFlags.out);
    const rows = parseCsvRows(fromFlags.out);
    expect(rows[0]!.slice(0, 3)).toEqual(['point', 'voting.model.turnout', 'voting.model.candidates.appeal.bianchi']);
    expect(new Set(rows.slice(1).map((r) => `${r[0]}:${r[1]}:${r[2]}`))).toEqual(new Set(['0:0.8:0.5', '1:0.8:1.5', '2:0.95:0.5', '3:0.95:1.5']));
    const bianchi = rows.filter((r) => r[3] === 'winner' && r[7] === 'bianchi').map((r) => Number(r[10]));
    expect(bianchi[1]!).toBeGreaterThan(bianchi[0]!); // more appeal, more wins
  });

  it('draws a chart per seat in text', async () => {
    const { code, out } = await gasimChild(['sweep', fixture, '--runs', '20', '--vary', 'voting.model.candidates.appeal.bianchi=0.5,2']);
    expect(code).toBe(0);
    expect(out).toContain('Election of the President: who wins at each point');
    expect(out).toMatch(/ {2}bianchi=0\.5 +[A-C·]{20,}/);
  });

  it('refuses a value the scenario schema refuses, naming the setting (exit 2)', async () => {
    const { code, err } = await gasimChild(['sweep', fixture, '--runs', '5', '--vary', 'voting.model.turnout=0.9,1.2']);
    expect(code).toBe(2);
    expect(err).toMatch(/turnout=1\.2/);
  });
});

describe('gasim compare (issue 16 item 2)', () => {
  it('flags a real difference and none between identical variants', async () => {
    const [changed, same] = await Promise.all([
      gasimChild(['compare', fixture, '--set', 'voting.model.candidates.appeal.bianchi=3', '--runs', '40', '--json', '--workers', '1']),
      gasimChild(['compare', fixture, fixture, '--runs', '20', '--json', '--workers', '1']),
    ]);
    const rows = (out: string) => (JSON.parse(out) as { rows: { section: string; item: string; key: string; difference: number; low: number; high: number; excludesZero: boolean }[] }).rows;
    const bianchi = rows(changed.out).find((r) => r.section === 'winner' && r.item === 'president' && r.key === 'bianchi')!;
    expect(bianchi.difference).toBeGreaterThan(0);
    expect(bianchi.excludesZero).toBe(true);
    expect(bianchi.low).toBeLessThanOrEqual(bianchi.difference);
    expect(rows(same.out).every((r) => r.difference === 0 && !r.excludesZero)).toBe(true);
  });

  it('applies a rules file to the scenario as variant B', async () => {
    writeFileSync(join(dir, 'rules.yaml'), 'format: gasim/rules@1\nelections:\n  elimination: top-two\n');
    const { code, out } = await gasimChild(['compare', fixture, 'rules.yaml', '--runs', '20', '--workers', '1'], dir);
    expect(code).toBe(0);
    expect(out).toMatch(/^B: .* under rules\.yaml\)$/m);
    expect(out).toContain('B − A with paired 95% intervals');
  });

  it('needs two variants (exit 2)', async () => {
    const { code, err } = await gasimChild(['compare', fixture]);
    expect(code).toBe(2);
    expect(err).toContain('compare needs two variants');
  });
});
