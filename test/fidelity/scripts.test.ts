import { describe, expect, it } from 'vitest';
import { gasim, gasimJson, scenarioFile } from './support.js';

/** A one-day session with one election; `extra` is appended (rules, voting.scripted, …). */
function election(id: string, candidates: string[], extra: string, item = 'president', post = 'president'): string {
  const list = candidates.map((c, i) => `            - { id: ${c}, name: ${c[0]!.toUpperCase()}${c.slice(1)} Test, member: ${['FRA', 'BRA', 'JPN', 'KEN'][i]} }`).join('\n');
  return `format: gasim/scenario@1
id: ${id}
title: ${id}
session:
  number: 1
  venue: { city: Lyon, country: FRA }
  days:
    - date: 2025-11-24
      items:
        - id: ${item}
          kind: election
          post: ${post}
${post === 'vice-president' ? '          region: EUROPE\n' : ''}          candidates:
${list}
members:
  represented: all
${extra}
`;
}

// Issue 13, item 2 (R4.9, R4.11, Q5, Q6): a presidential election scripted 90–90 on every ballot
// drew lots on ballot 2 and silently left ballots 3 and 4 unused.
describe('ties on the two-thirds ballots of the presidency', () => {
  const file = scenarioFile('tie.yaml', election('tie', ['ana', 'bo'], `voting:
  scripted:
${[1, 2, 3, 4].map((b) => `    - { item: president, ballot: ${b}, counts: { ana: 90, bo: 90 } }`).join('\n')}`));

  it('holds four ballots: two inconclusive under two-thirds, an extra ballot, then lots (gasim run --json)', async () => {
    const result = await gasimJson('run', file, '--json');
    const rounds = result.elections[0].rounds;
    expect(rounds.map((r: { outcome: string }) => r.outcome)).toEqual(['no-majority', 'no-majority', 'tie', 'elected']);
    expect(rounds.map((r: { tieBreaks: { kind: string }[] }) => r.tieBreaks.map((t) => t.kind))).toEqual([[], [], ['extra-ballot'], ['lots']]);
    expect(rounds[0].trail.map((t: { text: string }) => t.text).join(' ')).toContain('no extra ballot or lot while two-thirds is required');
    expect(result.unusedScripts).toEqual([]);
  });

  it('says the extra ballot and the lots in the minutes, by name (issue 14.1)', async () => {
    const { out } = await gasim('run', file);
    expect(out).toContain('Ballot 3.*');
    // "Ana Test": the family name is the last word by default
    expect(out).toContain('TEST Ana and TEST Bo are tied on a ballot that needs two-thirds: the ballot is inconclusive; no extra ballot or lot while two-thirds is required.');
    expect(out).toContain('TEST Ana and TEST Bo are tied; an extra ballot is held between them');
    expect(out).toMatch(/TEST Ana \(France\) and TEST Bo \(Brazil\) are tied with 90 votes each; lots are drawn: TEST (Ana \(France\)|Bo \(Brazil\)) is elected President \(R4\.11\)\./);
    expect(out).not.toContain('of the 91 required, is elected');
    expect(out).not.toMatch(/(?<![\w-])(ana|bo)(?![\w-])/);
  });

  it('validates: every scripted ballot is used', async () => {
    expect(await gasim('validate', file)).toMatchObject({ code: 0 });
  });
});

// Issue 13, item 3: every ballot has its own identity; a script must match exactly one ballot.
describe('scripted results match exactly one ballot', () => {
  it('reports a script for a ballot that never takes place as a located problem (exit 2)', async () => {
    const file = scenarioFile('unused.yaml', election('unused', ['ana', 'bo'], `voting:
  scripted:
    - { item: president, counts: { ana: 150, bo: 20 } }
    - { item: president, ballot: 4, counts: { ana: 90, bo: 90 } }`));
    const { code, err } = await gasim('validate', file);
    expect(code).toBe(2);
    expect(err).toMatch(/unused\.yaml:21:7: the scripted ballot 4 on 'president' did not take place in this run: seat 1 was decided on ballot 1 \(ana elected\).*\[scenario\/script-unused voting\.scripted\[1\]\]/);
    // run and the other commands refuse it too, with the same located line
    const run = await gasim('run', file);
    expect(run.code).toBe(2);
    expect(run.err).toContain("unused.yaml:21:7");
  });

  it('reports two scripts for one ballot as ambiguous (exit 2)', async () => {
    const file = scenarioFile('twice.yaml', election('twice', ['ana', 'bo'], `voting:
  scripted:
    - { item: president, counts: { ana: 150, bo: 20 } }
    - { item: president, counts: { ana: 20, bo: 150 } }`));
    const { code, err } = await gasim('validate', file);
    expect(code).toBe(2);
    expect(err).toContain('twice.yaml:21:7: this script designates the same ballot as voting.scripted[0] [scenario/script-ambiguous voting.scripted[1]]');
  });

  it('uses the additional item\'s own script, places the item on the agenda, and votes on it (constitution-amendment-fails)', async () => {
    const result = await gasimJson('run', 'scenarios/constitution-amendment-fails.yaml', '--json');
    const byBallot = Object.fromEntries(result.decisions.map((d: { ballot: string; announcement: { counts: { label: string; votes: number }[] } }) => [d.ballot, d.announcement.counts.map((c) => c.votes)]));
    expect(byBallot['agenda/add/urgent-cyber']).toEqual([150, 12]);
    expect(byBallot['agenda']).not.toEqual([150, 12]);
    expect(byBallot['urgent-cyber']).toEqual([141, 25]);
    const item = result.items.find((i: { id: string }) => i.id === 'urgent-cyber');
    expect(item).toMatchObject({ day: 1, status: 'adopted' });
    expect(result.unusedScripts).toEqual([]);
  });

  it('draws the additional item\'s ballot from its own stream, not the agenda\'s votes', async () => {
    const file = scenarioFile('extra.yaml', `format: gasim/scenario@1
id: extra
title: extra
session:
  number: 1
  venue: { city: Lyon, country: FRA }
  days:
    - date: 2025-11-24
      items:
        - id: agenda
          kind: agenda-adoption
          additionalItems:
            - { id: urgent, title: An urgent item }
        - { id: closing, kind: closing }
members:
  represented: all
`);
    const result = await gasimJson('run', file, '--json');
    const [agenda, added] = result.decisions;
    expect(added.ballot).toBe('agenda/add/urgent');
    expect(added.recorded).not.toEqual(agenda.recorded);
    // the adopted item is taken up the same day, before the closing item (R5.5)
    expect(result.items.map((i: { id: string }) => i.id)).toEqual(['agenda', 'urgent', 'closing']);
  });

  it('scripts a sole candidate as yes/no (R4.8)', async () => {
    const file = scenarioFile('sole.yaml', election('sole', ['ana'], `voting:
  scripted:
    - { item: vp, counts: { yes: 120, no: 15 } }`, 'vp', 'vice-president').replace('member: FRA', 'member: DEU'));
    expect((await gasim('validate', file)).code).toBe(0);
    const result = await gasimJson('run', file, '--json');
    expect(result.elections[0].rounds[0].announcement.counts).toEqual([{ label: 'yes', votes: 120 }, { label: 'no', votes: 15 }]);
    expect(result.elections[0].elected).toEqual(['ana']);
  });

  it('refuses a sole candidate scripted by name, located, never an internal error', async () => {
    const file = scenarioFile('sole-named.yaml', election('sole-named', ['ana'], `voting:
  scripted:
    - { item: vp, counts: { ana: 120 } }`, 'vp', 'vice-president').replace('member: FRA', 'member: DEU'));
    for (const command of ['validate', 'run']) {
      const { code, err } = await gasim(command, file);
      expect(code).toBe(2);
      expect(err).toContain("a sole candidate (ana) stands on this ballot, but the script counts ana");
      expect(err).toContain('(hint: script a sole candidate with yes and no (R4.8))');
    }
  });
});

// Issue 13, item 4 (R4.3, R4.6, R8.4, Q18): the Elections Board judges nominations at run time.
describe('nominations judged by the Elections Board', () => {
  it('accepts a nomination by a suspended member with a warning, and runs the election without the nominee', async () => {
    const { code, err, out } = await gasim('validate', 'test/fixtures/fidelity/nominator-suspended.yaml');
    expect(code).toBe(0);
    expect(out).toContain('ok');
    expect(err).toContain("warning: BRA is suspended for arrears; the Elections Board will find the nomination invalid and leave 'beta' off the paper (R4.3, R8.4, Q18)");
    const result = await gasimJson('run', 'test/fixtures/fidelity/nominator-suspended.yaml', '--json');
    expect(result.elections[0].paper).toEqual(['alpha']);
    expect(result.elections[0].excluded).toEqual([{ candidate: 'beta', reason: 'BRA has its voting rights suspended', rule: 'R4.3' }]);
    const minutes = (await gasim('run', 'test/fixtures/fidelity/nominator-suspended.yaml')).out;
    expect(minutes).toContain('Not on the paper: BRANDÃO Beta (Brazil), Brazil has its voting rights suspended (R4.3).');
  });

  it('reports votes scripted for a nominee the Board excludes as a located problem (exit 2)', async () => {
    const { code, err } = await gasim('validate', 'test/fixtures/fidelity/nominator-suspended-scripted.yaml');
    expect(code).toBe(2);
    expect(err).toMatch(/nominator-suspended-scripted\.yaml:26:7: .*beta: BRA has its voting rights suspended \(R4\.3\).*\[scenario\/script-does-not-fit voting\.scripted\[0\]\]/);
  });
});
