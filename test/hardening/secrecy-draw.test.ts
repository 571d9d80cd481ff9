import { tallyRecordedChoices } from '../../src/rules/tally.js';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { sealLine, unsealLine } from '../../src/journal/chain.js';
import type { BallotRequest } from '../../src/domain/ballot-request.js';
import { createRng, RngStream } from '../../src/random/seeded-rng.js';
import { compileBehaviour, drawBallot } from '../../src/sim/behaviour/index.js';
import { ballotStream } from '../../src/sim/voter.js';
import { loadScenarioText } from '../../src/scenario/load-scenario.js';
import { captureIo } from '../test-utils/io.js';

const FIXTURE = new URL('../fixtures/hostile/secret-question.yaml', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'gasim-secrecy-draw-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function scenario() {
  const loaded = loadScenarioText(readFileSync(FIXTURE, 'utf8'), FIXTURE);
  if (!loaded.ok) throw new Error('fixture does not load');
  return loaded.value.scenario;
}

function request(method: BallotRequest['method'], electorate: readonly string[]): BallotRequest {
  return {
    kind: 'question', item: 'sec', itemKind: 'resolution', amendment: null, additionalItem: null, seat: 0, ballot: 1,
    method, secret: method === 'secret', electorate, paper: [], nominated: [],
  } as unknown as BallotRequest;
}

describe('secret ballots are drawn as counts only (issue 18, secrecy)', () => {
  const members = ['ARG', 'BRA', 'CAN', 'DEU', 'ESP', 'FRA', 'IND', 'ITA', 'JPN', 'KEN', 'MEX', 'NGA'];

  it('a secret draw does not depend on which member stands where: no per-member choice exists', () => {
    const model = compileBehaviour(scenario());
    for (let seed = 1; seed <= 20; seed++) {
      const first = drawBallot(model, request('secret', members), new RngStream(createRng(seed)));
      const reversed = drawBallot(model, request('secret', [...members].reverse()), new RngStream(createRng(seed)));
      expect(first.kind).toBe('counts');
      expect(reversed).toEqual(first);
    }
  });

  it("the same ballot taken as a recorded vote draws from another stream, so the seed does not re-derive the secret count", () => {
    const model = compileBehaviour(scenario());
    let same = 0;
    for (let seed = 1; seed <= 50; seed++) {
      const secret = request('secret', members);
      const recorded = request('electronic-recorded', members);
      expect(ballotStream(seed, secret).float()).not.toBe(ballotStream(seed, recorded).float());
      const counts = drawBallot(model, secret, ballotStream(seed, secret));
      const votes = drawBallot(model, recorded, ballotStream(seed, recorded));
      if (counts.kind !== 'counts' || votes.kind !== 'recorded') throw new Error('unexpected response kinds');
      const yes = tallyRecordedChoices(votes.choices, members.length).yes;
      if (yes === counts.counts.yes) same++;
    }
    expect(same).toBeLessThan(50);
  });

  it('resume refuses a journal edited to take a secret question by recorded vote, with its line (exit 2)', async () => {
    const file = join(dir, 'secret-question.yaml');
    copyFileSync(FIXTURE, file);
    expect(await main(['run', file, '--journal', 'full.jsonl'], captureIo({ cwd: dir }))).toBe(0);
    const lines = readFileSync(join(dir, 'full.jsonl'), 'utf8').split('\n');
    const puts = lines.flatMap((line, i) => (line.includes('"chair.putToVote"') ? [i] : []));
    expect(puts).toHaveLength(2);
    const secretPut = puts[1]!;
    lines[secretPut] = lines[secretPut]!.replace('{"type":"chair.putToVote"}', '{"type":"chair.putToVote","method":"electronic-recorded"}');
    writeFileSync(join(dir, 'edited.jsonl'), lines.slice(0, secretPut + 1).join('\n') + '\n');
    // as edited, the hash chain (issue 19) catches it first
    const chained = captureIo({ cwd: dir });
    expect(await main(['resume', 'edited.jsonl', '--json'], chained)).toBe(2);
    expect(chained.err()).toContain(`edited.jsonl:${secretPut + 1}: line ${secretPut + 1} was changed after it was written`);
    expect(chained.out()).toBe('');
    // re-sealed by someone who recomputes the chain, the session itself still refuses the method
    const previous = unsealLine(lines[secretPut - 1]!)!.hash;
    lines[secretPut] = sealLine(previous, unsealLine(lines[secretPut]!)!.content).line;
    writeFileSync(join(dir, 'edited.jsonl'), lines.slice(0, secretPut + 1).join('\n') + '\n');
    const io = captureIo({ cwd: dir });
    expect(await main(['resume', 'edited.jsonl', '--json'], io)).toBe(2);
    expect(io.err()).toContain(`edited.jsonl:${secretPut + 1}: the session refuses chair.putToVote (vote/secret-by-scenario)`);
    expect(io.out()).toBe('');
  });
});
