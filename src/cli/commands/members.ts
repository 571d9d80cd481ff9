// `gasim members [--region R] [--json]`: lists the member registry (members.md §4).
import { parseArgs } from 'node:util';
import { REGIONS, type Region } from '../../domain/ids.js';
import type { MemberCountry } from '../../domain/member.js';
import { MEMBERS, membersOfRegion } from '../../registry/members.js';
import type { CommandIo } from '../command.js';
import { ExitCode, UserError, type ExitCodeValue } from '../errors.js';

const REGION_NAMES = REGIONS.map((region) => region.toLowerCase()).join('|');

/** Prints the members, optionally of one region, as an aligned table or as JSON. */
export async function run(argv: readonly string[], io: CommandIo): Promise<ExitCodeValue> {
  const { region, json } = parseFlags(argv);
  const rows = region === undefined ? MEMBERS : membersOfRegion(region);
  io.stdout.write(json ? `${JSON.stringify(rows, null, 2)}\n` : formatMembersTable(rows, region));
  return ExitCode.ok;
}

function parseFlags(argv: readonly string[]): { region: Region | undefined; json: boolean } {
  let values: { region?: string | undefined; json?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { region: { type: 'string' }, json: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UserError(error instanceof Error ? error.message : String(error), {
      hint: `usage: gasim members [--region ${REGION_NAMES}] [--json]`,
    });
  }
  return { region: values.region === undefined ? undefined : parseRegion(values.region), json: values.json ?? false };
}

function parseRegion(text: string): Region {
  const region = REGIONS.find((r) => r === text.toUpperCase());
  if (region === undefined) {
    throw new UserError(`unknown region '${text}'`, { hint: `use --region ${REGION_NAMES} (any case)` });
  }
  return region;
}

/** The member rows as an aligned text table with a footer naming the contribution proxy (members.md §5.2). */
export function formatMembersTable(rows: readonly MemberCountry[], region?: Region): string {
  const header = ['code', 'name', 'region', 'UN member', 'band'];
  const cells = rows.map((m) => [m.iso3, m.name, titleCase(m.region), m.unMember ? 'yes' : 'no', m.contribution.band]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row: readonly string[]): string => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const where = region === undefined ? '' : ` in ${titleCase(region)}`;
  const footer = `${rows.length} members${where} (proxy contribution bands from the UN scale 2025–2027)`;
  return [line(header), ...cells.map(line), '', footer, ''].join('\n');
}

function titleCase(region: Region): string {
  return region.charAt(0) + region.slice(1).toLowerCase();
}
