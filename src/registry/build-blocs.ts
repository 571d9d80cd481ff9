// Pure step of the blocs build: blocs.csv → INTERPOL members per bloc (data/README.md).
import type { MemberCode } from '../domain/ids.js';
import type { CsvTable } from './parse-csv.js';

/** The committed shape of `blocs.json`. */
export interface BlocsFile {
  readonly source: string;
  /** Bloc id → sorted ISO3 codes of its INTERPOL members, in the order blocs.csv lists the blocs. */
  readonly blocs: Readonly<Record<string, readonly MemberCode[]>>;
  /** Bloc id → code → the note kept for a member (suspended, readmitted, …). */
  readonly notes: Readonly<Record<string, Readonly<Record<MemberCode, string>>>>;
}

// rows with these notes name a state outside INTERPOL or outside the bloc
const DROPPED_NOTES = ['not-interpol-member', 'withdrawn'];

/** Groups blocs.csv rows by bloc, keeping only INTERPOL members and their notes. */
export function buildBlocs(table: CsvTable, isMember: (code: MemberCode) => boolean): BlocsFile {
  const blocs: Record<string, MemberCode[]> = {};
  const notes: Record<string, Record<MemberCode, string>> = {};
  for (const { bloc = '', iso3 = '', note = '' } of table.rows) {
    const members = (blocs[bloc] ??= []);
    if (DROPPED_NOTES.some((keyword) => note.startsWith(keyword))) continue;
    if (!isMember(iso3)) throw new Error(`blocs.csv: ${bloc},${iso3} is not a member; note it 'not-interpol-member'`);
    members.push(iso3);
    if (note !== '') (notes[bloc] ??= {})[iso3] = note;
  }
  const sorted = Object.fromEntries(Object.entries(blocs).map(([bloc, codes]) => [bloc, codes.sort()]));
  return { source: table.source, blocs: sorted, notes };
}
