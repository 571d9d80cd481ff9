import { checkApplicants, checkMembership } from './check-membership.js';
import type { CheckContext } from './check-context.js';

/** Every member code of the members, finances and venue sections names a member (R2.1). */
export function checkMembers(ctx: CheckContext): void {
  const { members, finances, session } = ctx.scenario;
  checkMembership(ctx);
  const represented = members.represented;
  if (represented !== 'all') {
    const [key, codes] = 'only' in represented ? ['only', represented.only] : ['allExcept', represented.allExcept];
    codes.forEach((code, i) => ctx.requireMember(code, ['members', 'represented', key, i]));
  }
  if (ctx.represented.size === 0)
    ctx.report('scenario/represented', ['members', 'represented'], 'no member is represented at the session', { hint: "use 'all' or list the members that sent a delegation" });
  members.credentials.refused.forEach((code, i) => ctx.requireMember(code, ['members', 'credentials', 'refused', i]));
  members.credentials.disputed.forEach((d, i) => ctx.requireMember(d.member, ['members', 'credentials', 'disputed', i, 'member']));
  for (const code of Object.keys(members.delegations)) {
    if (ctx.requireMember(code, ['members', 'delegations', code], 'key') && !ctx.represented.has(code))
      ctx.report('scenario/represented', ['members', 'delegations', code], `${code} has a delegation but is not represented`, { hint: 'add it to members.represented or remove the delegation', target: 'key' });
  }
  for (const code of Object.keys(members.regionOverrides)) ctx.requireMember(code, ['members', 'regionOverrides', code], 'key');
  for (const code of Object.keys(finances)) ctx.requireMember(code, ['finances', code], 'key');
  checkApplicants(ctx);
  ctx.requireMember(session.venue.country, ['session', 'venue', 'country']);
}
