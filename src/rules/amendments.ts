/** An amendment to a proposal (R6.8). */
export interface Amendment {
  readonly id: string;
  /** How far the amendment is removed in substance from the proposal; larger is further. */
  readonly remoteness: number;
  /** Amendments that adopting this one necessarily rejects. */
  readonly excludes?: readonly string[];
}

function byId(a: Amendment, b: Amendment): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** R6.8 (RPGA Art 42(4)): the voting order, furthest removed in substance first, then by id. */
export function orderAmendments(amendments: readonly Amendment[]): readonly Amendment[] {
  return [...amendments].sort((a, b) => b.remoteness - a.remoteness || byId(a, b));
}

function excludes(amendment: Amendment | undefined, id: string): boolean {
  return amendment?.excludes?.includes(id) ?? false;
}

/**
 * R6.8 (RPGA Art 42(4)): an amendment is not put to the vote when an adopted one necessarily rejects
 * it; exclusion is read both ways, whichever amendment declares it.
 */
export function isMoot(amendmentId: string, adopted: readonly string[], amendments: readonly Amendment[]): boolean {
  if (adopted.includes(amendmentId)) return false;
  const self = amendments.find((a) => a.id === amendmentId);
  return adopted.some((id) => excludes(amendments.find((a) => a.id === id), amendmentId) || excludes(self, id));
}
