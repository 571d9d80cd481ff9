import type { MemberCode, Region } from '../domain/ids.js';
import { personNames } from '../domain/person-name.js';
import type { ReceivedNomination } from '../rules/election/seats.js';
import type { Scenario } from './schema.js';

/** A nomination for an election item, before the Elections Board's scrutiny (R4.6). */
export type Nomination = ReceivedNomination;

const DAY_MS = 86_400_000;

function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(toIso) - Date.parse(fromIso)) / DAY_MS);
}

/** The nominations of each election item (R4.2–R4.6), keyed by item id, as the Elections Board receives them. */
export function nominationsOf(scenario: Scenario, regions: Record<MemberCode, Region>, opening: string): Record<string, Nomination[]> {
  const out: Record<string, Nomination[]> = {};
  for (const day of scenario.session.days) {
    for (const item of day.items) {
      if (item.kind !== 'election') continue;
      const delegationOf = (code: MemberCode) => scenario.members.delegations[code];
      out[item.id] = item.candidates.map((c) => {
        const delegation = delegationOf(c.member);
        return {
          candidate: { id: c.id, name: c.name, ...personNames(c.name, c), member: c.member, region: regions[c.member] ?? 'EUROPE', nominatedBy: c.nominatedBy ?? c.member },
          receivedDaysBeforeOpening: c.nominationReceived ? daysBetween(c.nominationReceived, opening) : null,
          inDelegation: delegation === undefined || delegation.head === c.name || delegation.delegates.includes(c.name),
          acceptedInWriting: c.acceptedInWriting,
        };
      });
    }
  }
  return out;
}
