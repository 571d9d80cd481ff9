// Runtime view of the committed member registry (members.md §4): no I/O beyond the JSON import.
import type { MemberCode, Region } from '../domain/ids.js';
import type { MemberCountry } from '../domain/member.js';
import rows from './interpol-members.json' with { type: 'json' };

/** The 196 INTERPOL member countries, sorted by iso3 (members.md §1). */
export const MEMBERS: readonly MemberCountry[] = Object.freeze(rows as MemberCountry[]);

/** The published total of member countries (members.md §2.1). */
export const TOTAL_MEMBERS = 196;

// a constant index, built once from the constant rows
const BY_CODE: ReadonlyMap<MemberCode, MemberCountry> = new Map(MEMBERS.map((member) => [member.iso3, member]));

/** The member with this ISO alpha-3 code (case-insensitive), if there is one. */
export function memberByCode(code: string): MemberCountry | undefined {
  return BY_CODE.get(code.toUpperCase());
}

/** Whether a code names an INTERPOL member (members.md §2; look-alikes of §2.4 are not). */
export function isMemberCode(code: string): code is MemberCode {
  return memberByCode(code) !== undefined;
}

/** The members of one ExCo region, sorted by iso3 (members.md §3.3). */
export function membersOfRegion(region: Region): readonly MemberCountry[] {
  return MEMBERS.filter((member) => member.region === region);
}

const frenchCollator = new Intl.Collator('fr', { sensitivity: 'base' });

/**
 * The codes in French alphabetical order of their short names, the order of a roll call
 * (interpol-rules.md R3.2, RPGA Art 19); unknown codes are an error.
 */
export function frenchAlphabeticalOrder(codes: readonly MemberCode[]): MemberCode[] {
  const named = codes.map((code) => {
    const member = memberByCode(code);
    if (!member) throw new Error(`frenchAlphabeticalOrder: '${code}' is not a member code; use an ISO alpha-3 code from MEMBERS`);
    return { code, nameFr: member.nameFr };
  });
  return named.sort((a, b) => frenchCollator.compare(a.nameFr, b.nameFr)).map((entry) => entry.code);
}
