import type { CheckContext } from './check-context.js';

/**
 * The continuing Executive Committee (R1.5–R1.8): terms still running at the session, one
 * President, one holder per Vice-President seat, no more Delegates than a region's seats, and
 * members from different countries.
 */
export function checkCommittee(ctx: CheckContext): void {
  const { committee, session, rules } = ctx.scenario;
  const year = Number(session.days[0]!.date.slice(0, 4));
  const vicePresidents = new Map<string, number>();
  const delegates = new Map<string, number>();
  const countries = new Map<string, number>();
  let president: number | undefined;
  committee.forEach((seat, i) => {
    const path = ['committee', i];
    if (ctx.requireMember(seat.member, [...path, 'member'])) {
      const region = ctx.regionOf(seat.member);
      if (region !== seat.region)
        ctx.report('scenario/bad-committee', [...path, 'region'], `${seat.holder} sits for ${seat.region} but ${seat.member} is in ${region}`, { hint: `set region: ${region}, or override the member's region in members.regionOverrides` });
    }
    if (seat.termEnds < seat.elected)
      ctx.report('scenario/bad-committee', [...path, 'termEnds'], `the term of ${seat.holder} ends (${seat.termEnds}) before it starts (${seat.elected})`);
    else if (seat.termEnds < year)
      ctx.report('scenario/bad-committee', [...path, 'termEnds'], `the term of ${seat.holder} ended in ${seat.termEnds}, before the ${year} session`, { hint: 'remove the seat, or correct termEnds (the term ends at the session of that year)' });
    const same = (seen: Map<string, number>, key: string, what: string) => {
      const first = seen.get(key);
      if (first !== undefined) ctx.report('scenario/bad-committee', [...path, 'post'], `${what} is already held by committee[${first}]`, { hint: 'one holder per seat; remove one of them' });
      else seen.set(key, i);
    };
    if (seat.post === 'president') {
      if (president !== undefined) ctx.report('scenario/bad-committee', [...path, 'post'], `more than one President: committee[${president}] is President already`, { hint: 'the Committee has one President (R1.5)' });
      else president = i;
    }
    if (seat.post === 'vice-president') same(vicePresidents, seat.region, `the Vice-President seat for ${seat.region}`);
    if (seat.post === 'delegate') {
      const count = (delegates.get(seat.region) ?? 0) + 1;
      delegates.set(seat.region, count);
      const allowed = rules.elections.delegateSeats[seat.region];
      if (count > allowed) ctx.report('scenario/bad-committee', [...path, 'post'], `more Delegates for ${seat.region} than its ${allowed} seats`, { hint: 'rules.elections.delegateSeats sets the seats per region (Q11)' });
    }
    if (rules.elections.distinctCountries) same(countries, seat.member, `a Committee seat for ${seat.member}`);
  });
}
