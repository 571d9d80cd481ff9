import type { Seat } from '../../domain/election.js';
import { REGIONS, type Region } from '../../domain/ids.js';
import type { SessionContext } from '../context.js';
import type { CommitteeSeatView, CommitteeView } from '../view-model.js';

function seatView(seat: Seat | undefined, post: Seat['post'], region: Region | null, year: number, closed: boolean, empty: string): CommitteeSeatView {
  if (!seat) return { post, region, holder: null, member: null, termEnds: null, pending: empty };
  const ending = !closed && seat.termEnds <= year;
  return { post, region, holder: seat.holder, member: seat.member, termEnds: seat.termEnds, pending: ending ? `term ends ${year}` : null };
}

/** The Executive Committee as it stands, by region; seats whose term ends at this session are marked. */
export function selectCommittee(ctx: SessionContext, closed: boolean): CommitteeView {
  const seats = ctx.committee.seats;
  const year = ctx.setup.year;
  const president = seats.find((s) => s.post === 'president');
  return {
    president: seatView(president, 'president', president?.region ?? null, year, closed, 'vacant'),
    regions: REGIONS.map((region) => {
      const vp = seats.find((s) => s.post === 'vice-president' && s.region === region);
      const delegates = seats.filter((s) => s.post === 'delegate' && s.region === region);
      const count = Math.max(ctx.setup.rules.elections.delegateSeats[region], delegates.length);
      const isPresidents = president?.region === region;
      return {
        region,
        vicePresident: seatView(vp, 'vice-president', region, year, closed, isPresidents ? "the President's continent" : 'vacant'),
        hasVicePresidentSeat: vp !== undefined || !isPresidents,
        delegates: Array.from({ length: count }, (_, i) => seatView(delegates[i], 'delegate', region, year, closed, 'vacant')),
        delegateSeats: ctx.setup.rules.elections.delegateSeats[region],
      };
    }),
  };
}
