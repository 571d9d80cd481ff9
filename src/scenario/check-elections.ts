import type { ElectionItem } from './agenda-schema.js';
import { agendaEntries, type AgendaEntry } from './agenda-entries.js';
import type { CheckContext } from './check-context.js';

/** Elections (R4.2–R4.6, R8.4): seats, candidates, nominators and the Elections Board. */
export function checkElections(ctx: CheckContext): void {
  const entries = agendaEntries(ctx.scenario);
  const opening = ctx.scenario.session.days[0]!.date;
  const withCandidates = new Set<string>();
  for (const { item, path } of entries) {
    if (item.kind !== 'election') continue;
    checkSeats(ctx, item, path);
    const ids = new Set<string>();
    const members = new Set<string>();
    item.candidates.forEach((candidate, i) => {
      const at = [...path, 'candidates', i];
      if (ids.has(candidate.id)) ctx.report('scenario/duplicate-candidate', [...at, 'id'], `candidate '${candidate.id}' appears twice in '${item.id}'`, { hint: 'list each candidate once' });
      else if (members.has(candidate.member)) ctx.report('scenario/duplicate-candidate', [...at, 'member'], `${candidate.member} already has a candidate in '${item.id}'`, { hint: 'Committee members come from different countries (R1.5)' });
      ids.add(candidate.id);
      members.add(candidate.member);
      const nominator = candidate.nominatedBy ?? candidate.member;
      withCandidates.add(candidate.member).add(nominator);
      if (ctx.requireMember(candidate.member, [...at, 'member'])) {
        if (!ctx.represented.has(candidate.member))
          ctx.report('scenario/candidate-not-represented', [...at, 'member'], `candidate '${candidate.id}' is from ${candidate.member}, which is not represented at the session`, { hint: 'a nominee must be in the delegation (R4.4); add the member to members.represented' });
        const region = ctx.regionOf(candidate.member);
        if (item.region !== undefined && item.region !== 'auto' && region !== item.region)
          ctx.report('scenario/candidate-region', [...at, 'member'], `candidate '${candidate.id}' is from ${candidate.member} (${region}) but the seat is for ${item.region}`, { hint: 'only members of the seat\'s region stand for it (R9)' });
      }
      const nominatorPath = candidate.nominatedBy === undefined ? [...at, 'member'] : [...at, 'nominatedBy'];
      if (candidate.nominatedBy !== undefined) ctx.requireMember(candidate.nominatedBy, nominatorPath);
      if (ctx.scenario.rules.arrears.barsNominations && ctx.suspended.has(nominator)) {
        // the Elections Board judges nominations at run time (R4.6, Q18): the election goes ahead
        // without a nominee whose nominator is suspended, unless a waiver adopted first lifts it
        const waiver = entries.find((e) => e.item.kind === 'arrears-waiver' && e.item.member === nominator);
        const fate = waiver === undefined ? `the Elections Board will find the nomination invalid and leave '${candidate.id}' off the paper` : `its nomination of '${candidate.id}' is valid only if '${waiver.item.id}' is adopted`;
        ctx.report('scenario/nominator-suspended', nominatorPath, `${nominator} is suspended for arrears; ${fate} (R4.3, R8.4, Q18)`, { severity: 'warning' });
      }
      if (candidate.nominationReceived !== undefined && candidate.nominationReceived > opening)
        ctx.report('scenario/date-outside-session', [...at, 'nominationReceived'], `nomination received ${candidate.nominationReceived}, after the opening on ${opening}`, { hint: 'nominations arrive before the session; a late one (R4.2) is still before the opening day' });
    });
  }
  for (const entry of entries) if (entry.item.kind === 'elections-board') checkBoard(ctx, entry, withCandidates);
}

function checkSeats(ctx: CheckContext, item: ElectionItem, path: (string | number)[]): void {
  const seatsPath = [...path, 'seats'];
  if (item.post !== 'delegate' && item.seats > 1)
    ctx.report('scenario/impossible-seats', seatsPath, `${item.seats} seats for ${item.post}; the post has one seat per election`, { hint: 'use seats: 1 and one election per seat' });
  if (item.post === 'delegate') {
    if (item.region === undefined || item.region === 'auto')
      ctx.report('scenario/impossible-seats', path, `Delegate election '${item.id}' has no region`, { hint: 'set region: AFRICA, AMERICAS, ASIA or EUROPE' });
    else if (item.seats > ctx.scenario.rules.elections.delegateSeats[item.region])
      ctx.report('scenario/impossible-seats', seatsPath, `${item.seats} Delegate seats for ${item.region}, which has ${ctx.scenario.rules.elections.delegateSeats[item.region]}`, { hint: 'rules.elections.delegateSeats sets the seats per region (Q11)' });
  }
  // no candidate at all can fill no seat; fewer candidates than seats leaves some vacant, which happens
  if (item.candidates.length === 0 && !item.contingent)
    ctx.report('scenario/impossible-seats', [...path, 'candidates'], `election '${item.id}' has no candidates`, { hint: 'add candidates, or mark it contingent: true if it is held only on a vacancy' });
  else if (item.candidates.length < item.seats && !item.contingent)
    ctx.report('scenario/impossible-seats', seatsPath, `${item.seats} seats but ${item.candidates.length} candidate(s); a seat will stay vacant`, { severity: 'warning' });
}

function checkBoard(ctx: CheckContext, { item, path }: AgendaEntry, withCandidates: ReadonlySet<string>): void {
  if (item.kind !== 'elections-board') return;
  if (item.members.length < 3)
    ctx.report('scenario/elections-board-candidate', [...path, 'members'], `the Elections Board has ${item.members.length} member(s); it needs at least 3`, { hint: 'R4.6: at least three members without candidates' });
  item.members.forEach((code, i) => {
    if (!ctx.requireMember(code, [...path, 'members', i])) return;
    if (withCandidates.has(code))
      ctx.report('scenario/elections-board-candidate', [...path, 'members', i], `${code} put forward a candidate and cannot sit on the Elections Board`, { hint: 'R4.6: choose a member with no candidate in any election' });
  });
}

