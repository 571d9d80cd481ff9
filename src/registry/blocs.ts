// Runtime view of the committed blocs (data/README.md): which INTERPOL members belong to which grouping.
import type { MemberCode } from '../domain/ids.js';
import file from './blocs.json' with { type: 'json' };

/** The intergovernmental groupings of blocs.csv (data/README.md). */
export type BlocId = keyof typeof file.blocs;

/** Bloc → sorted ISO3 codes of its INTERPOL members, late 2025. */
export const BLOCS: Readonly<Record<BlocId, readonly MemberCode[]>> = file.blocs;

/** Bloc → member → status note (suspended, readmitted, not-participating, …). */
export const BLOC_NOTES: Readonly<Partial<Record<BlocId, Readonly<Record<MemberCode, string>>>>> = file.notes;

/** Where the bloc memberships come from. */
export const BLOCS_SOURCE: string = file.source;

/** The blocs a member belongs to, in the order blocs.csv lists them. */
export function blocsOf(code: MemberCode): BlocId[] {
  const iso3 = code.toUpperCase();
  return (Object.keys(BLOCS) as BlocId[]).filter((bloc) => BLOCS[bloc].includes(iso3));
}
