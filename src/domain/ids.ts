/** ISO 3166-1 alpha-3 code of a member country, e.g. `FRA` (members.md §4.3). */
export type MemberCode = string;

/** The four INTERPOL regions (continents) used for Executive Committee seats (R9.1). */
export type Region = 'AFRICA' | 'AMERICAS' | 'ASIA' | 'EUROPE';

export const REGIONS: readonly Region[] = ['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE'];

/** Identifier of an agenda item, unique within a scenario (e.g. `budget-2026`). */
export type ItemId = string;

/** Identifier of a candidate, unique within a scenario (e.g. `philippe`). */
export type CandidateId = string;

/** A rule reference: the R-number of interpol-rules.md and the article it paraphrases. */
export interface Citation {
  /** R-number or open-question number from interpol-rules.md, e.g. `R2.3` or `Q4`. */
  readonly rule: string;
  /** Article of the official texts, e.g. `CONST Art 16 §2`, or `project default`. */
  readonly source: string;
}
