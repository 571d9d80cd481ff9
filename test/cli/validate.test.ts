import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../test-utils/io.js';

const dir = mkdtempSync(join(tmpdir(), 'gasim-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function validate(...files: string[]) {
  const io = captureIo({ cwd: dir });
  const code = await main(['validate', ...files], io);
  return { code, out: io.out(), err: io.err() };
}

function write(name: string, content: string | Buffer): string {
  writeFileSync(join(dir, name), content);
  return name;
}

const fixtures = new URL('../fixtures/invalid-scenarios/', import.meta.url).pathname;
const scenarios = new URL('../../scenarios/', import.meta.url).pathname;

describe('gasim validate', () => {
  it('accepts a valid scenario with exit code 0', async () => {
    const result = await validate(join(scenarios, 'contested-presidency.yaml'));
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/contested-presidency\.yaml: ok \(12 items, 3 elections\)\n$/);
  });

  it('reports each problem of a broken scenario on one line, exit code 2', async () => {
    const result = await validate(join(fixtures, 'unknown-key.yaml'));
    expect(result.code).toBe(2);
    expect(result.err.split('\n').filter(Boolean).map((l) => l.replace(fixtures, ''))).toMatchInlineSnapshot(`
      [
        "unknown-key.yaml:5:3: missing key 'venue' in session [schema/missing-key session.venue] (hint: add 'venue:' with a map of keys)",
        "unknown-key.yaml:6:3: unknown key 'venu' in session; did you mean 'venue'? [schema/unknown-key session.venu] (hint: the keys allowed here are: number, kind, venue, days)",
      ]
    `);
  });

  it('reports all files and fails if any failed', async () => {
    const result = await validate(join(scenarios, 'arrears-crisis.yaml'), 'missing.yaml');
    expect(result.code).toBe(2);
    expect(result.out).toContain('arrears-crisis.yaml: ok');
    expect(result.err).toContain('missing.yaml:1:1: missing.yaml no such file [file]');
  });

  it.each([
    ['not YAML', () => write('prose.yaml', 'This is: not: a scenario\n  at all [\n'), /prose\.yaml:\d+:\d+: /],
    ['empty', () => write('empty.yaml', ''), /empty\.yaml:1:1: empty\.yaml is empty \[file\]/],
    ['blank', () => write('blank.yaml', '\n  \n'), /blank\.yaml:1:1: blank\.yaml is empty \[yaml\/syntax\]/],
    ['binary', () => write('binary.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])), /binary file/],
    ['not UTF-8', () => write('latin1.yaml', Buffer.from('title: caf\xe9\n', 'latin1')), /not UTF-8 text/],
    ['a directory', () => '.', /\.:1:1: \. is a directory/],
    ['missing', () => 'nowhere.yaml', /no such file/],
  ])('rejects a file that is %s with exit code 2 and no stack trace', async (_name, make, message) => {
    const result = await validate(make());
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it('rejects a 50 MB file by its size, with the limit and a hint', async () => {
    const name = write('huge.yaml', '');
    truncateSync(join(dir, name), 50 * 1024 * 1024);
    const result = await validate(name);
    expect(result.code).toBe(2);
    expect(result.err).toMatchInlineSnapshot(`
      "huge.yaml:1:1: huge.yaml is 52428800 bytes; the limit is 2097152 [file] (hint: a scenario file is a few kilobytes; check that this is the right file)
      "
    `);
  });

  it('needs at least one file', async () => {
    expect((await validate()).code).toBe(2);
  });
});

describe('gasim schema', () => {
  it('prints the committed JSON Schema', async () => {
    const io = captureIo();
    expect(await main(['schema'], io)).toBe(0);
    expect(io.out()).toBe(readFileSync(join(scenarios, 'scenario.schema.json'), 'utf8'));
  });
});
