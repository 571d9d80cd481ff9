import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { MemberCountry } from '../../src/domain/member.js';
import { captureIo } from '../test-utils/io.js';

async function gasim(...argv: string[]) {
  const io = captureIo();
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

// `gasim members --as-of YEAR`: the Organization when that year's session opened (R1.4, members.md §2.5)
describe('gasim members --as-of', () => {
  it('lists the 190 members of 2017, without the applicants admitted that year', async () => {
    const { code, out } = await gasim('members', '--as-of', '2017', '--json');
    expect(code).toBe(0);
    const codes = (JSON.parse(out) as MemberCountry[]).map((m) => m.iso3);
    expect(codes).toHaveLength(190);
    expect(codes).not.toContain('PSE');
    expect(codes).not.toContain('SLB');
  });

  it('combines with --region and says the year in the footer', async () => {
    const { code, out } = await gasim('members', '--as-of', '2017', '--region', 'asia');
    expect(code).toBe(0);
    expect(out.trimEnd().split('\n').at(-1)).toBe('48 members in Asia when the 2017 session opened (proxy contribution bands from the UN scale 2025–2027)');
  });

  it.each([
    ['2005', 'gasim: the membership of 2005 cannot be derived: joining years are complete only from 2008 (at most 186 members then)'],
    ['17', "gasim: --as-of must be a year, got '17'"],
  ])('refuses --as-of %s with exit 2 and a fix', async (year, message) => {
    const { code, err } = await gasim('members', '--as-of', year);
    expect(code).toBe(2);
    expect(err).toMatch(new RegExp(`^${message.replace(/[()]/g, '\\$&')}\\n  fix: `));
  });
});
