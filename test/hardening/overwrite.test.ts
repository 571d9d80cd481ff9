import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/cli/errors.js';
import { main } from '../../src/cli/main.js';
import { VERSION } from '../../src/cli/version.js';
import { journalSaver } from '../../src/cli/tui/journal-io.js';
import { journalHeader } from '../../src/journal/journal.js';
import { JournalExistsError } from '../../src/ui/controller.js';
import { captureIo } from '../test-utils/io.js';

const dir = mkdtempSync(join(tmpdir(), 'gasim-overwrite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const scenario = new URL('../../scenarios/constitution-amendment-fails.yaml', import.meta.url).pathname;
const text = readFileSync(scenario, 'utf8');
writeFileSync(join(dir, 'in.jsonl'), journalHeader({ version: VERSION, scenarioId: 'constitution-amendment-fails', scenarioFile: scenario, scenarioText: text, seed: 1 }));
writeFileSync(join(dir, 'answers.txt'), '1\n');
writeFileSync(join(dir, 'tt.yaml'), 'format: gasim/rules@1\nelections: { presidentTwoThirdsBallots: 1000, elimination: none, maxBallots: null }\n');
mkdirSync(join(dir, 'out'));

// every command that writes a file, with the file it writes (issue 9: never overwritten without --force)
const WRITERS: readonly [string, string, readonly string[]][] = [
  ['run --journal', 'run.jsonl', ['run', scenario, '--journal', 'run.jsonl']],
  ['resume --journal-out', 'resumed.jsonl', ['resume', 'in.jsonl', '--journal-out', 'resumed.jsonl']],
  ['drill --report', 'report.md', ['drill', '--count', '1', '--answers', 'answers.txt', '--report', 'report.md']],
  ['check --out', 'out/tt-termination.yaml', ['check', 'tt.yaml', '--axiom', 'termination', '--runs', '20', '--out', 'out']],
];

describe('commands that write files', () => {
  it.each(WRITERS)('%s refuses an existing file without --force (exit 4) and replaces it with --force', async (_name, file, argv) => {
    writeFileSync(join(dir, file), 'keep me');
    const io = captureIo({ cwd: dir });
    expect(await main(argv, io)).toBe(4);
    expect(io.err()).toMatch(/^gasim: .*(exists|overwrit).*\n {2}fix: .*--force/);
    expect(readFileSync(join(dir, file), 'utf8')).toBe('keep me');
    const forced = captureIo({ cwd: dir });
    expect(await main([...argv, '--force'], forced)).toBeLessThan(2);
    expect(readFileSync(join(dir, file), 'utf8')).not.toBe('keep me');
  });

  it("the TUI's save refuses an existing journal it did not write (and offers another name), then rewrites its own", async () => {
    writeFileSync(join(dir, 'tui.jsonl'), 'keep me');
    const target = { path: 'tui.jsonl', io: captureIo({ cwd: dir }), scenarioFile: scenario, scenarioText: text, scenarioId: 'x', seed: 1, overwrite: false };
    const refused = await journalSaver(target)([]).catch((error: unknown) => error);
    // issue 17: the TUI asks for another name (save-as) instead of failing
    expect(refused).toBeInstanceOf(JournalExistsError);
    expect((refused as JournalExistsError).suggestion).not.toBe('tui.jsonl');
    expect(readFileSync(join(dir, 'tui.jsonl'), 'utf8')).toBe('keep me');
    const save = journalSaver({ ...target, path: 'tui-new.jsonl' });
    await save([]);
    await save([{ type: 'chair.openSession' }]);
    expect(readFileSync(join(dir, 'tui-new.jsonl'), 'utf8').split('\n')).toHaveLength(3);
  });
});
