import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { RunResult } from '../../src/sim/run-result.js';
import { captureIo } from '../test-utils/io.js';

// Issue 13 item 7: scenarios that replay published results of past General Assemblies, run
// through the CLI (`gasim run --json`). Each file cites its sources; these cases assert what was
// published: who was admitted or refused, who was elected and on which ballot, the scripted counts.

const dir = mkdtempSync(join(tmpdir(), 'gasim-history-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function gasim(...args: string[]) {
  const io = captureIo({ cwd: dir });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

async function run(name: string): Promise<RunResult> {
  const { code, out, err } = await gasim('run', resolve(`scenarios/${name}.yaml`), '--json');
  expect({ code, err }).toEqual({ code: 0, err: '' });
  return JSON.parse(out) as RunResult;
}

function decision(result: RunResult, item: string) {
  const found = result.decisions.find((d) => d.item === item && d.subject === 'proposal');
  if (!found) throw new Error(`no decision on ${item}`);
  const counts = Object.fromEntries(found.announcement!.counts.map((c) => [c.label, c.votes]));
  return { decision: found.decision, counts, abstentions: found.announcement!.abstentions, required: found.threshold!.required, base: found.threshold!.base };
}

function election(result: RunResult, item: string) {
  const seat = result.elections.find((e) => e.item === item);
  if (!seat) throw new Error(`no election ${item}`);
  return {
    elected: seat.elected,
    ballots: seat.rounds.map((r) => ({ outcome: r.outcome, counts: Object.fromEntries(r.announcement.counts.map((c) => [c.label, c.votes])) })),
  };
}

describe('historical scenarios reach the published outcome (gasim run --json)', () => {
  it('St Petersburg 2008: Vatican City State admitted unanimously as the 187th member; Khoo Boon Hui President', async () => {
    const r = await run('st-petersburg-2008');
    expect(r.members).toMatchObject({ atOpening: 186, total: 187, admitted: [{ code: 'VAT', region: 'EUROPE' }] });
    expect(decision(r, 'membership-vat')).toMatchObject({ decision: 'adopted', counts: { no: 0 } });
    expect(election(r, 'elect-president').elected).toEqual(['khoo']);
  });

  it('Bali 2016: 164 of 190 members represented; Meng Hongwei President to 2020, Prokopchuk VP for Europe', async () => {
    const r = await run('bali-2016');
    expect(r.members).toMatchObject({ atOpening: 190, total: 190, represented: 164, admitted: [] });
    expect(election(r, 'elect-president').elected).toEqual(['meng']);
    expect(election(r, 'elect-vp-europe').elected).toEqual(['prokopchuk']);
    expect(r.committee.find((s) => s.post === 'president')).toMatchObject({ member: 'CHN', elected: 2016, termEnds: 2020 });
  });

  it('Beijing 2017: Palestine admitted 75–24 with 34 abstentions, and the Solomon Islands: 190 → 192', async () => {
    const r = await run('beijing-2017');
    expect(r.members).toMatchObject({
      atOpening: 190,
      total: 192,
      admitted: [{ code: 'PSE', region: 'ASIA', item: 'membership-pse' }, { code: 'SLB', region: 'ASIA', item: 'membership-slb' }],
    });
    // two-thirds of the 99 votes expressed (R1.4, R2.5)
    expect(decision(r, 'membership-pse')).toEqual({ decision: 'adopted', counts: { yes: 75, no: 24 }, abstentions: 34, required: 66, base: 99 });
    expect(decision(r, 'membership-slb').decision).toBe('adopted');
    expect(decision(r, 'membership-criteria').decision).toBe('adopted');
  });

  it('Dubai 2018: Kosovo refused 68–51–16, Vanuatu 135–8–9 and Kiribati admitted; Kim Jong Yang President on ballot 3, 101–61', async () => {
    const r = await run('dubai-2018');
    expect(r.members).toMatchObject({ atOpening: 192, total: 194, admitted: [{ code: 'VUT', region: 'ASIA' }, { code: 'KIR', region: 'ASIA' }] });
    expect(decision(r, 'membership-xkx')).toEqual({ decision: 'rejected', counts: { yes: 68, no: 51 }, abstentions: 16, required: 80, base: 119 });
    expect(decision(r, 'membership-vut')).toEqual({ decision: 'adopted', counts: { yes: 135, no: 8 }, abstentions: 9, required: 96, base: 143 });
    expect(decision(r, 'membership-kir').decision).toBe('adopted');
    // two-thirds not reached on ballots 1 and 2, a simple majority on ballot 3 (R4.9)
    const president = election(r, 'elect-president');
    expect(president.elected).toEqual(['kim']);
    expect(president.ballots.map((b) => b.outcome)).toEqual(['no-majority', 'no-majority', 'elected']);
    expect(president.ballots[2]!.counts).toEqual({ kim: 101, prokopchuk: 61 });
    const winners = ['elect-vp-americas', 'elect-delegate-africa', 'elect-delegate-americas', 'elect-delegate-asia-1', 'elect-delegate-asia-2', 'elect-delegate-europe'];
    expect(winners.flatMap((item) => election(r, item).elected)).toEqual(['roncaglia', 'pedro', 'michaud', 'al-raisi', 'nakatani', 'van-den-berg']);
  });

  it('Istanbul 2021: Micronesia admitted as the 195th member; Al-Raisi President after three rounds, to 2025', async () => {
    const r = await run('istanbul-2021');
    expect(r.members).toMatchObject({ atOpening: 194, total: 195, admitted: [{ code: 'FSM', region: 'ASIA' }] });
    const president = election(r, 'elect-president');
    expect(president.elected).toEqual(['al-raisi']);
    expect(president.ballots.map((b) => b.outcome)).toEqual(['no-majority', 'no-majority', 'elected']);
    expect(r.committee.find((s) => s.post === 'president')).toMatchObject({ member: 'ARE', elected: 2021, termEnds: 2025 });
  });

  it('Vienna 2023: Palau admitted as the 196th member; CONST Art 12 amended by two-thirds of all 196 Members', async () => {
    const r = await run('vienna-2023');
    expect(r.members).toMatchObject({ atOpening: 195, total: 196, admitted: [{ code: 'PLW', region: 'ASIA' }] });
    expect(decision(r, 'membership-plw').decision).toBe('adopted');
    // after Palau's admission the base of R2.6 is 196: 131 yes votes needed
    expect(decision(r, 'const-art-12')).toMatchObject({ decision: 'adopted', required: 131, base: 196 });
    expect(decision(r, 'venue-2025').decision).toBe('adopted');
  });
});

describe('the region of an admitted member (issue 13: always Europe before)', () => {
  it('puts Tuvalu, admitted in constitution-amendment-fails.yaml, in Asia (UN M49 Oceania, members.md §3.3)', async () => {
    const r = await run('constitution-amendment-fails');
    expect(r.members).toMatchObject({ atOpening: 196, total: 197, admitted: [{ code: 'TUV', name: 'Tuvalu', region: 'ASIA', item: 'membership-tuv' }] });
  });
});

describe('gasim validate on a historical contradiction', () => {
  it('refuses a member represented before it joined, with exit 2 and the place in the file', async () => {
    const text = readFileSync(resolve('scenarios/beijing-2017.yaml'), 'utf8').replace('allExcept: [ABW,', 'allExcept: [PSE, ABW,');
    writeFileSync(join(dir, 'beijing-wrong.yaml'), text);
    const line = text.split('\n').findIndex((l) => l.includes('allExcept: [PSE,')) + 1;
    const { code, err } = await gasim('validate', 'beijing-wrong.yaml');
    expect(code).toBe(2);
    expect(err).toContain(`beijing-wrong.yaml:${line}:17: PSE (Palestine) was not yet a member when the 2017 session opened: it joined in 2017 [scenario/not-yet-member members.represented.allExcept[0]]`);
  });
});
