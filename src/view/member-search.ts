import type { Region } from '../domain/ids.js';
import type { Electorate } from '../domain/member.js';
import { MEMBERS } from '../registry/members.js';
import { exclusionWords } from '../rules/voting-rights.js';
import type { SessionContext } from '../machine/context.js';
import { titleOf } from '../scenario/agenda-items.js';
import { recordsOf } from '../record/record.js';

/** A member found by the TUI's search, with its voting right as the record shows it. */
export interface MemberRight {
  readonly code: string;
  readonly name: string;
  readonly region: Region;
  /** e.g. "entitled to vote (open ballot: Draft budget)". */
  readonly status: string;
}

/** The electorate of the open ballot, else of the last ballot closed, with what it was about. */
function latestElectorate(ctx: SessionContext): { electorate: Electorate; where: string } | null {
  const open = ctx.appeal ?? ctx.ballot;
  if (open !== null) return { electorate: { entitled: open.electorate, excluded: open.excluded }, where: `open ballot on item ${ctx.setup.items[open.item]!.number}, ${titleOf(ctx.setup.items[open.item]!)}` };
  for (let i = recordsOf(ctx).length - 1; i >= 0; i--) {
    const r = recordsOf(ctx)[i]!;
    const electorate = r.kind === 'question' ? r.trace.electorate : r.ballots.at(-1)?.electorate;
    if (electorate) return { electorate, where: `last ballot, item ${ctx.setup.items[r.item]!.number}, ${titleOf(ctx.setup.items[r.item]!)}` };
  }
  return null;
}

/**
 * Members whose code or name matches `query`, each with its voting right read from the record: the
 * frozen electorate of the open ballot, or of the last ballot (R2.1, R2.8). Nothing is recomputed.
 */
export function selectMemberRights(ctx: SessionContext, query: string, limit = 8): MemberRight[] {
  const q = query.trim().toLowerCase();
  if (q.length === 0) return [];
  const latest = latestElectorate(ctx);
  return MEMBERS.filter((m) => m.iso3.toLowerCase().startsWith(q) || m.name.toLowerCase().includes(q))
    .slice(0, limit)
    .map((m) => {
      const base = { code: m.iso3, name: m.name, region: m.region };
      if (latest === null) return { ...base, status: 'no ballot yet: the electorate is frozen when a ballot opens' };
      const excluded = latest.electorate.excluded.find((x) => x.code === m.iso3);
      // neither entitled nor excluded: not a member then (a past year's Organization, members.membership)
      const member = excluded !== undefined || latest.electorate.entitled.includes(m.iso3);
      const right = excluded ? `may not vote: ${exclusionWords(excluded.reason)} (${excluded.citation.rule})` : member ? 'entitled to vote' : 'not a member of the Organization (R1.4)';
      return { ...base, status: `${right} (${latest.where})` };
    });
}
