import type { Seat } from '../domain/election.js';
import { REGIONS, type Region } from '../domain/ids.js';
import type { SessionContext } from '../machine/context.js';
import { displayNameOf } from '../domain/person-name.js';
import type { CommitteeSeatView, CommitteeView } from './view-model.js';

/** The holder as the scenario names them ("WANG Yong"), so that the short form takes the family name the scenario gives. */
function holderName(ctx: SessionContext, seat: Seat): string {
  for (const nominations of Object.values(ctx.setup.nominations)) {
    const nominee = nominations.find((n) => n.candidate.name === seat.holder && n.candidate.member === seat.member);
    if (nominee) return displayNameOf(nominee.candidate);
  }
  return seat.holder;
}

function seatView(ctx: SessionContext, seat: Seat | undefined, post: Seat['post'], region: Region | null, closed: boolean, empty: string): CommitteeSeatView {
  if (!seat) return { post, region, holder: null, member: null, termEnds: null, pending: empty };
  const year = ctx.setup.year;
  const ending = !closed && seat.termEnds <= year;
  return { post, region, holder: holderName(ctx, seat), member: seat.member, termEnds: seat.termEnds, pending: ending ? `term ends ${year}` : null };
}

/** The Executive Committee as it stands, by region; seats whose term ends at this session are marked. */
export function selectCommittee(ctx: SessionContext, closed: boolean): CommitteeView {
  const seats = ctx.committee.seats;
  const president = seats.find((s) => s.post === 'president');
  return {
    president: seatView(ctx, president, 'president', president?.region ?? null, closed, 'vacant'),
    regions: REGIONS.map((region) => {
      const vp = seats.find((s) => s.post === 'vice-president' && s.region === region);
      const delegates = seats.filter((s) => s.post === 'delegate' && s.region === region);
      const count = Math.max(ctx.setup.rules.elections.delegateSeats[region], delegates.length);
      const isPresidents = president?.region === region;
      return {
        region,
        vicePresident: seatView(ctx, vp, 'vice-president', region, closed, isPresidents ? "the President's continent" : 'vacant'),
        hasVicePresidentSeat: vp !== undefined || !isPresidents,
        delegates: Array.from({ length: count }, (_, i) => seatView(ctx, delegates[i], 'delegate', region, closed, 'vacant')),
        delegateSeats: ctx.setup.rules.elections.delegateSeats[region],
      };
    }),
  };
}
