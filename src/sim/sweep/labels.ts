import type { Region } from '../../domain/ids.js';
import { regionName } from '../format.js';

/** Why a seat's election was not held in a run. */
export type NotHeldReason = 'no-seat' | 'no-candidate';

export const REASON_LABELS: Readonly<Record<NotHeldReason, string>> = {
  'no-seat': 'no seat to fill (a contingent seat not reopened, or no continent missing)',
  'no-candidate': 'no eligible candidate (the seat stays vacant)',
};

/**
 * How a seat reads: the item's title, then the seat when the item fills several, then the
 * continent when the scenario leaves it to the session (`auto`), e.g. "Election of a
 * Vice-President · Asia" or "Election of two Delegates for Asia, seat 2".
 */
export function seatLabel(title: string, seat: number, seats: number, regions: readonly Region[]): string {
  const where = regions.length === 0 ? '' : ` · ${regions.map(regionName).join(' or ')}`;
  return `${title}${seats > 1 ? `, seat ${seat}` : ''}${where}`;
}

/** "Folake Adeyemi (Nigeria)"; the name alone when the member is unknown. */
export function candidateName(candidate: { readonly name: string; readonly memberName: string }): string {
  return candidate.memberName ? `${candidate.name} (${candidate.memberName})` : candidate.name;
}
