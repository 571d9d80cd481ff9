// `gasim members [--region R] [--as-of YEAR] [--json]`: lists the member registry (members.md §4).
import { REGIONS, type Region } from '../../domain/ids.js';
import type { MemberCountry } from '../../domain/member.js';
import { MEMBERS } from '../../registry/members.js';
import { membershipAt } from '../../registry/membership.js';
import type { CommandIo } from '../command.js';
import { parseCommandLine } from '../command-spec.js';
import { MEMBERS as MEMBERS_SPEC } from './specs.js';
import { ExitCode, UserError, type ExitCodeValue } from '../errors.js';

const REGION_NAMES = REGIONS.map((region) => region.toLowerCase()).join('|');

/** Prints the members, optionally of one region, as an aligned table or as JSON. */
export async function run(argv: readonly string[], io: CommandIo): Promise<ExitCodeValue> {
  const { region, json, asOf } = parseFlags(argv);
  const rows = (asOf === undefined ? MEMBERS : membersAt(asOf)).filter((m) => region === undefined || m.region === region);
  io.stdout.write(json ? `${JSON.stringify(rows, null, 2)}\n` : formatMembersTable(rows, region, asOf));
  return ExitCode.ok;
}

/** The members when the session of `year` opened (members.md §2.5; R1.4), or a usage error saying what is known. */
function membersAt(year: number): readonly MemberCountry[] {
  const at = membershipAt(year);
  if (at.ok) return at.members;
  throw new UserError(`the membership of ${year} cannot be derived: joining years are complete only from 2008 (at most ${at.atMost} members then)`, {
    hint: 'use --as-of 2008 or later; for an earlier session list the members in the scenario (members.membership: { only: [...] })',
  });
}

function parseFlags(argv: readonly string[]): { region: Region | undefined; json: boolean; asOf: number | undefined } {
  const { values } = parseCommandLine(MEMBERS_SPEC, argv);
  const asOf = values['as-of'];
  return { region: values.region === undefined ? undefined : parseRegion(values.region), json: values.json ?? false, asOf: asOf === undefined ? undefined : parseYear(asOf) };
}

function parseYear(text: string): number {
  if (!/^\d{4}$/.test(text)) throw new UserError(`--as-of must be a year, got '${text}'`, { hint: 'e.g. --as-of 2017: the members when the 2017 session opened' });
  return Number(text);
}

function parseRegion(text: string): Region {
  const region = REGIONS.find((r) => r === text.toUpperCase());
  if (region === undefined) {
    throw new UserError(`unknown region '${text}'`, { hint: `use --region ${REGION_NAMES} (any case)` });
  }
  return region;
}

/** The member rows as an aligned text table with a footer naming the contribution proxy (members.md §5.2). */
export function formatMembersTable(rows: readonly MemberCountry[], region?: Region, asOf?: number): string {
  const header = ['code', 'name', 'region', 'UN member', 'band'];
  const cells = rows.map((m) => [m.iso3, m.name, titleCase(m.region), m.unMember ? 'yes' : 'no', m.contribution.band]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row: readonly string[]): string => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const where = region === undefined ? '' : ` in ${titleCase(region)}`;
  const when = asOf === undefined ? '' : ` when the ${asOf} session opened`;
  const footer = `${rows.length} members${where}${when} (proxy contribution bands from the UN scale 2025–2027)`;
  return [line(header), ...cells.map(line), '', footer, ''].join('\n');
}

function titleCase(region: Region): string {
  return region.charAt(0) + region.slice(1).toLowerCase();
}
