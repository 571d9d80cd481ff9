import { BLOCS } from '../registry/blocs.js';
import { methodFor } from '../rules/vote-method.js';
import { scriptKey } from './script-key.js';
import type { AgendaItem, ElectionItem } from './agenda-schema.js';
import { REGIONS } from '../domain/ids.js';
import { agendaEntries } from './agenda-entries.js';
import type { CheckContext } from './check-context.js';

const UNVOTED = new Set(['ceremony', 'report', 'credentials', 'closing']);

/** Scripted ballots (R3.3, R3.4) and the behaviour model refer to items, candidates and blocs that exist. */
export function checkVoting(ctx: CheckContext): void {
  const items = new Map<string, AgendaItem>();
  for (const { item } of agendaEntries(ctx.scenario)) items.set(item.id, item);
  const refused = new Set(ctx.scenario.members.credentials.refused);
  const electorate = [...ctx.represented].filter((code) => !refused.has(code)).length;
  const keys = new Map<string, number>();
  ctx.scenario.voting.scripted.forEach((ballot, i) => {
    const at = ['voting', 'scripted', i];
    const item = items.get(ballot.item);
    if (item === undefined || UNVOTED.has(item.kind)) {
      ctx.report('scenario/unknown-item', [...at, 'item'], item === undefined ? `no agenda item '${ballot.item}'` : `item '${ballot.item}' (${item.kind}) is not voted on`, { hint: 'script a ballot of an item that is put to the vote' });
      return;
    }
    // every ballot has its own identity: two scripts for one ballot are ambiguous
    const key = scriptKey(ballot);
    const first = keys.get(key);
    if (first !== undefined) ctx.report('scenario/script-ambiguous', at, `this script designates the same ballot as voting.scripted[${first}]`, { hint: 'keep one script per ballot (item, amendment or additional item, seat, ballot)' });
    else keys.set(key, i);
    const amendments = 'amendments' in item ? item.amendments.map((a) => a.id) : [];
    if (ballot.amendment !== undefined && !amendments.includes(ballot.amendment))
      ctx.report('scenario/unknown-item', [...at, 'amendment'], `item '${item.id}' has no amendment '${ballot.amendment}'`, { hint: amendments.length ? `the amendments are: ${amendments.join(', ')}` : 'the item has no amendments' });
    const additional = item.kind === 'agenda-adoption' ? item.additionalItems.map((a) => a.id) : [];
    if (ballot.additionalItem !== undefined && !additional.includes(ballot.additionalItem))
      ctx.report('scenario/unknown-item', [...at, 'additionalItem'], `item '${item.id}' proposes no additional item '${ballot.additionalItem}'`, { hint: additional.length ? `the additional items are: ${additional.join(', ')}` : 'only an agenda-adoption item proposes additional items (R5.5)' });
    if (ballot.amendment !== undefined && ballot.additionalItem !== undefined)
      ctx.report('scenario/script-ambiguous', at, 'a scripted ballot names both an amendment and an additional item', { hint: 'a ballot decides one of them: script each vote separately' });
    checkPapers(ctx, ballot, item, at);
    if ((ballot.counts === undefined) === (ballot.votes === undefined))
      ctx.report('scenario/scripted-both', at, ballot.counts ? 'a scripted ballot gives both counts and votes' : 'a scripted ballot gives neither counts nor votes', { hint: 'give either counts (totals) or votes (per member)' });
    const secret = item.kind === 'election' || ('method' in item && item.method === 'secret');
    if (secret && ballot.votes !== undefined)
      ctx.report('scenario/secret-per-member', [...at, 'votes'], `ballot on '${item.id}' is secret; per-member votes would reveal how each member voted`, { hint: 'script secret ballots with counts (R3.3, R3.4)' });
    for (const code of Object.keys(ballot.votes ?? {})) ctx.requireMember(code, [...at, 'votes', code], 'key');
    // a sole candidate is voted yes/no (R4.8): an election's choices are its candidates, or yes and no
    const candidates = item.kind === 'election' ? item.candidates.map((c) => c.id) : [];
    const choices = [...candidates, 'yes', 'no'];
    const given = Object.keys(ballot.counts ?? {});
    for (const choice of given)
      if (!choices.includes(choice)) ctx.report('scenario/unknown-candidate', [...at, 'counts', choice], `'${choice}' is not a choice on '${item.id}'`, { hint: `the choices are: ${choices.join(', ')}`, target: 'key' });
    if (item.kind === 'election' && given.some((c) => candidates.includes(c)) && given.some((c) => c === 'yes' || c === 'no'))
      ctx.report('scenario/script-does-not-fit', [...at, 'counts'], `a scripted ballot on '${item.id}' mixes candidates with yes/no`, { hint: 'script each candidate\'s votes, or yes/no when a sole candidate stands (R4.8)' });
    if (item.kind === 'election' && ballot.seat > seatsPossible(item))
      ctx.report('scenario/impossible-seats', [...at, 'seat'], `seat ${ballot.seat} of '${item.id}', which has ${seatsPossible(item)}`);
    const total = Object.values(ballot.counts ?? {}).reduce((a, b) => a + b, 0) + ballot.abstain + ballot.invalid;
    if (total > electorate)
      ctx.report('scenario/scripted-exceeds-electorate', at, `scripted ballot on '${item.id}' counts ${total} papers but only ${electorate} members are represented`, { hint: 'the counts, abstain and invalid together cannot exceed the represented members' });
  });
  checkModel(ctx, items);
}

/**
 * Only a secret ballot has papers that can be spoiled (R2.3, R3.3): a recorded vote, a roll call or
 * a show of hands has yes, no and abstentions only.
 */
/**
 * The seats an election item may fill: its own, or for a Vice-President seat going to the continent
 * missing (`region: auto`, Q9) one per continent, since the fourth-VP rule (R1.7) may add seats at
 * run time; the one-run stage then checks that each script designates a ballot that takes place.
 */
function seatsPossible(item: ElectionItem): number {
  return item.post === 'vice-president' && (item.region === undefined || item.region === 'auto') ? REGIONS.length : item.seats;
}

function checkPapers(ctx: CheckContext, ballot: CheckContext['scenario']['voting']['scripted'][number], item: AgendaItem, at: (string | number)[]): void {
  const proposal = ballot.amendment === undefined && ballot.additionalItem === undefined;
  const requested = proposal && 'method' in item ? item.method : undefined;
  const method = item.kind === 'election' ? 'secret' : methodFor(item.kind === 'elections-board' && proposal ? 'electionsBoard' : 'resolution', requested).method;
  if (method === 'secret') return;
  if (ballot.invalid > 0)
    ctx.report('scenario/no-papers', [...at, 'invalid'], `${ballot.invalid} invalid papers on a vote by ${method.replaceAll('-', ' ')}, which has no papers to spoil`, { hint: 'invalid papers exist only in a secret ballot (R2.3, R3.3); drop invalid or vote by secret ballot' });
  for (const [code, choice] of Object.entries(ballot.votes ?? {}))
    if (choice === 'invalid') ctx.report('scenario/no-papers', [...at, 'votes', code], `${code} casts an invalid paper in a vote by ${method.replaceAll('-', ' ')}, which has no papers`, { hint: 'a recorded vote is yes, no or abstain (R3.2)' });
}

function checkModel(ctx: CheckContext, items: ReadonlyMap<string, AgendaItem>): void {
  const model = ctx.scenario.voting.model;
  const base = ['voting', 'model'];
  const blocIds = new Set<string>();
  model.blocs.forEach((bloc, i) => {
    const at = [...base, 'blocs', i];
    if (blocIds.has(bloc.id)) ctx.report('scenario/duplicate-id', [...at, 'id'], `bloc id '${bloc.id}' is used twice`);
    blocIds.add(bloc.id);
    const sources = [bloc.members, bloc.registryBloc, bloc.region].filter((s) => s !== undefined).length;
    if (sources !== 1) ctx.report('scenario/bloc-source', at, `bloc '${bloc.id}' gives ${sources} sources of members`, { hint: 'give exactly one of members, registryBloc or region' });
    if (bloc.registryBloc !== undefined && !(bloc.registryBloc in BLOCS))
      ctx.report('scenario/unknown-bloc', [...at, 'registryBloc'], `no registry bloc '${bloc.registryBloc}'`, { hint: `the registry blocs are: ${Object.keys(BLOCS).join(', ')}` });
    bloc.members?.forEach((code, j) => ctx.requireMember(code, [...at, 'members', j]));
  });
  for (const code of Object.keys(model.turnoutByMember)) ctx.requireMember(code, [...base, 'turnoutByMember', code], 'key');
  for (const [id, position] of Object.entries(model.proposals.byItem)) {
    if (!items.has(id)) ctx.report('scenario/unknown-item', [...base, 'proposals', 'byItem', id], `no agenda item '${id}'`, { target: 'key' });
    for (const bloc of Object.keys(position.blocs))
      if (!blocIds.has(bloc)) ctx.report('scenario/unknown-bloc', [...base, 'proposals', 'byItem', id, 'blocs', bloc], `no bloc '${bloc}' in voting.model.blocs`, { target: 'key' });
  }
  const candidates = new Set([...items.values()].flatMap((item) => (item.kind === 'election' ? item.candidates.map((c) => c.id) : [])));
  const requireCandidate = (id: string, path: (string | number)[], target: 'key' | 'value' = 'key') => {
    if (!candidates.has(id)) ctx.report('scenario/unknown-candidate', path, `no candidate '${id}' in any election`, { target });
  };
  const affinity = model.candidates;
  const at = [...base, 'candidates'];
  for (const id of Object.keys(affinity.appeal)) requireCandidate(id, [...at, 'appeal', id]);
  for (const [id, codes] of Object.entries(affinity.supporters)) {
    requireCandidate(id, [...at, 'supporters', id]);
    codes.forEach((code, j) => ctx.requireMember(code, [...at, 'supporters', id, j]));
  }
  for (const [from, to] of Object.entries(affinity.transfers)) {
    requireCandidate(from, [...at, 'transfers', from]);
    for (const id of Object.keys(to)) requireCandidate(id, [...at, 'transfers', from, id]);
  }
  model.withdrawals.forEach((w, i) => {
    const item = items.get(w.item);
    if (item?.kind !== 'election') ctx.report('scenario/unknown-item', [...base, 'withdrawals', i, 'item'], `no election '${w.item}'`);
    else if (!item.candidates.some((c) => c.id === w.candidate)) ctx.report('scenario/unknown-candidate', [...base, 'withdrawals', i, 'candidate'], `no candidate '${w.candidate}' in '${w.item}'`);
    // not silently ignored: the session's runs do not send these withdrawals yet (R6.6)
    else
      ctx.report('scenario/withdrawal-not-applied', [...base, 'withdrawals', i], `the withdrawal of '${w.candidate}' before ballot ${w.beforeBallot} of '${w.item}' is not applied by gasim run, sweep or the TUI`, {
        severity: 'warning',
        hint: 'a withdrawal is an event of the session (R6.6): a training incident (candidate-withdraws) or the TUI',
      });
  });
}
