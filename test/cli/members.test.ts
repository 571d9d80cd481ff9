import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { MemberCountry } from '../../src/domain/member.js';
import { captureIo } from '../test-utils/io.js';

async function gasim(...argv: string[]) {
  const io = captureIo();
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('gasim members', () => {
  it('prints all 196 rows with --json', async () => {
    const { code, out } = await gasim('members', '--json');
    expect(code).toBe(0);
    const rows = JSON.parse(out) as MemberCountry[];
    expect(rows).toHaveLength(196);
    expect(rows[0]).toHaveProperty('contribution.basis', 'floor');
  });

  it.each([
    ['europe', 50],
    ['AFRICA', 54],
    ['Americas', 38],
    ['asia', 54],
  ])('lists the members of --region %s (members.md §3.4)', async (region, count) => {
    const { code, out } = await gasim('members', '--region', region, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveLength(count);
  });

  it('prints an aligned table with a proxy footer', async () => {
    const { code, out } = await gasim('members');
    const lines = out.trimEnd().split('\n');
    expect(code).toBe(0);
    expect(lines).toHaveLength(1 + 196 + 2);
    expect(lines.slice(0, 3).join('\n')).toMatchInlineSnapshot(`
      "code  name                              region    UN member  band
      ABW   Aruba                             Americas  no         E
      AFG   Afghanistan                       Asia      yes        E"
    `);
    expect(lines.at(-1)).toBe('196 members (proxy contribution bands from the UN scale 2025–2027)');
  });

  it('names the region in the footer of --region', async () => {
    const { out } = await gasim('members', '--region', 'europe');
    expect(out.trimEnd().split('\n').at(-1)).toBe('50 members in Europe (proxy contribution bands from the UN scale 2025–2027)');
  });

  it('rejects an unknown region with exit code 2 and a fix', async () => {
    const { code, err } = await gasim('members', '--region', 'oceania');
    expect(code).toBe(2);
    expect(err).toMatchInlineSnapshot(`
      "gasim: unknown region 'oceania'
        fix: use --region africa|americas|asia|europe (any case)
      "
    `);
  });

  it.each([['--frobnicate'], ['extra'], ['--region']])('rejects %s with exit code 2 and the usage', async (arg) => {
    const { code, err } = await gasim('members', arg);
    expect(code).toBe(2);
    expect(err).toContain('fix: gasim members [--region R] [--as-of YEAR] [--json] (see gasim help members)');
  });

  it('is listed by gasim --help', async () => {
    const { out } = await gasim('--help');
    expect(out).toContain('members [--region R] [--as-of YEAR] [--json]');
  });
});
