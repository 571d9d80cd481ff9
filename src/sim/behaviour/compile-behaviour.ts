import type { CandidateId, MemberCode, Region } from '../../domain/ids.js';
import { REGIONS } from '../../domain/ids.js';
import type { Behaviour, ScriptedBallot } from '../../scenario/behaviour-schema.js';
import type { Scenario } from '../../scenario/schema.js';
import { BLOCS, type BlocId } from '../../registry/blocs.js';
import { MEMBERS, membersOfRegion } from '../../registry/members.js';
import { computeCandidateWeights } from './candidate-weights.js';
import { scriptKey } from '../../scenario/script-key.js';

/**
 * The behaviour model of a scenario, resolved once into flat tables indexed by member slot so that
 * drawing a ballot is a tight loop. Every member of the registry, and every code the scenario
 * names, has a slot; a code the model has never seen uses the last slot (global defaults).
 */
export interface CompiledBehaviour {
  readonly slotOf: ReadonlyMap<MemberCode, number>;
  readonly defaultSlot: number;
  /**
   * By slot, thresholds on one uniform draw u: u < blankBelow casts a blank paper, u < spoiledBelow
   * a spoiled one, u < turnout chooses, else the member does not take part. So a member takes part
   * with its turnout, and a participant is blank with probability `abstain`, spoiled with `invalid`.
   */
  readonly turnout: Float64Array;
  readonly blankBelow: Float64Array;
  readonly spoiledBelow: Float64Array;
  /** By slot: index in REGIONS, or -1. */
  readonly region: Int8Array;
  /** By slot: index of the first listed bloc the member belongs to, or -1 (bloc lines). */
  readonly firstBloc: Int16Array;
  /** By slot: indices of every bloc the member belongs to (sameBloc affinity). */
  readonly blocsOf: readonly (readonly number[])[];
  readonly blocIds: readonly string[];
  readonly cohesion: Float64Array;
  readonly proposals: Behaviour['proposals'];
  readonly candidates: Behaviour['candidates'];
  /** Candidate → weight by voter slot (appeal × sameRegion × sameBloc), for the scenario's nominees. */
  readonly weights: ReadonlyMap<CandidateId, Float64Array>;
  /** Candidates with named supporters, and by slot the index among them of the member's, or -1. */
  readonly supported: readonly CandidateId[];
  readonly supporting: Int16Array;
  /** Scripted results by ballot key, with their index in `voting.scripted`. */
  readonly scripted: ReadonlyMap<string, { readonly entry: ScriptedBallot; readonly index: number }>;
  readonly withdrawals: Behaviour['withdrawals'];
  /** A memo of paper → per-slot cumulative weights (see `electionChooser`); papers recur across runs. */
  readonly electionTables: Map<string, Float64Array>;
  /** A memo of electorate → slots; electorates are frozen arrays reused by every ballot of an item. */
  readonly electorateSlots: WeakMap<readonly MemberCode[], Int32Array>;
  /** By electorate: how many of its members share each slot, for counted ballots (drawn by slot, never by member). */
  readonly electorateGroups: WeakMap<readonly MemberCode[], readonly (readonly [slot: number, members: number])[]>;
}

/** Resolves a scenario's voter behaviour (issue 5) into a `CompiledBehaviour`. */
export function compileBehaviour(scenario: Scenario): CompiledBehaviour {
  const model = scenario.voting.model;
  const codes = collectCodes(scenario);
  const slotOf = new Map(codes.map((code, slot) => [code, slot]));
  const size = codes.length + 1;
  const region = new Int8Array(size).fill(-1);
  const regionOf = new Map<MemberCode, Region>(MEMBERS.map((member) => [member.iso3, member.region]));
  for (const [code, value] of Object.entries(scenario.members.regionOverrides)) regionOf.set(code, value);
  codes.forEach((code, slot) => {
    const known = regionOf.get(code);
    if (known !== undefined) region[slot] = REGIONS.indexOf(known);
  });

  const turnout = new Float64Array(size).fill(model.turnout);
  for (const [code, value] of Object.entries(model.turnoutByMember)) turnout[slotOf.get(code)!] = value;

  const blank = Math.min(1, model.abstain);
  const spoiled = Math.min(1, model.abstain + model.invalid);
  const blankBelow = turnout.map((t) => t * blank);
  const spoiledBelow = turnout.map((t) => t * spoiled);

  const blocsOf: number[][] = Array.from({ length: size }, () => []);
  model.blocs.forEach((bloc, index) => {
    for (const code of blocMembers(bloc)) blocsOf[slotOf.get(code)!]!.push(index);
  });
  const firstBloc = Int16Array.from(blocsOf, (list) => (list.length > 0 ? list[0]! : -1));

  const supported = Object.keys(model.candidates.supporters);
  const supporting = new Int16Array(size).fill(-1);
  supported.forEach((candidate, index) => {
    for (const code of model.candidates.supporters[candidate]!) {
      const slot = slotOf.get(code)!;
      if (supporting[slot] === -1) supporting[slot] = index;
    }
  });
  const compiled = {
    slotOf,
    defaultSlot: codes.length,
    turnout,
    blankBelow,
    spoiledBelow,
    region,
    firstBloc,
    blocsOf,
    blocIds: model.blocs.map((bloc) => bloc.id),
    cohesion: Float64Array.from(model.blocs, (bloc) => bloc.cohesion),
    proposals: model.proposals,
    candidates: model.candidates,
    weights: new Map<CandidateId, Float64Array>(),
    supported,
    supporting,
    scripted: new Map(scenario.voting.scripted.map((entry, index) => [scriptKey(entry), { entry, index }])),
    withdrawals: model.withdrawals,
    electionTables: new Map<string, Float64Array>(),
    electorateSlots: new WeakMap<readonly MemberCode[], Int32Array>(),
    electorateGroups: new WeakMap<readonly MemberCode[], readonly (readonly [number, number])[]>(),
  };
  for (const candidate of scenarioCandidates(scenario)) {
    const region = regionOf.get(candidate.member);
    compiled.weights.set(candidate.id, computeCandidateWeights(compiled, { ...candidate, region }));
  }
  return compiled;
}

type BlocSpec = Behaviour['blocs'][number];

/** The members of a bloc: listed codes, a registry bloc and a whole region, together. */
export function blocMembers(bloc: BlocSpec): MemberCode[] {
  const codes = new Set(bloc.members ?? []);
  if (bloc.registryBloc !== undefined) {
    const registry = BLOCS[bloc.registryBloc as BlocId];
    if (!registry) {
      throw new Error(`bloc '${bloc.id}': registry bloc '${bloc.registryBloc}' is unknown; use one of ${Object.keys(BLOCS).join(', ')}`);
    }
    for (const code of registry) codes.add(code);
  }
  if (bloc.region !== undefined) for (const member of membersOfRegion(bloc.region)) codes.add(member.iso3);
  return [...codes];
}

function scenarioCandidates(scenario: Scenario) {
  return scenario.session.days.flatMap((day) => day.items.flatMap((item) => (item.kind === 'election' ? item.candidates : [])));
}

function collectCodes(scenario: Scenario): MemberCode[] {
  const model = scenario.voting.model;
  const codes = new Set(MEMBERS.map((member) => member.iso3));
  const extra = [
    ...Object.keys(model.turnoutByMember),
    ...model.blocs.flatMap((bloc) => bloc.members ?? []),
    ...Object.values(model.candidates.supporters).flat(),
    ...scenarioCandidates(scenario).map((candidate) => candidate.member),
  ];
  for (const code of extra) codes.add(code);
  return [...codes];
}
