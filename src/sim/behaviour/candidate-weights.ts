import type { Candidate } from '../../domain/election.js';
import { REGIONS } from '../../domain/ids.js';
import type { CompiledBehaviour } from './compile-behaviour.js';

type WeightInputs = Pick<CompiledBehaviour, 'slotOf' | 'defaultSlot' | 'region' | 'blocsOf' | 'candidates'>;

/**
 * Weight of a candidate for every voter slot: appeal (1 when not listed) × sameRegion when the
 * voter's region is the candidate's × sameBloc when the voter shares a scenario bloc with the
 * candidate's member.
 */
export function computeCandidateWeights(
  model: WeightInputs,
  candidate: Pick<Candidate, 'id' | 'member'> & { readonly region: Candidate['region'] | undefined },
): Float64Array {
  const { appeal, sameRegion, sameBloc } = model.candidates;
  const base = appeal[candidate.id] ?? 1;
  const candidateRegion = candidate.region === undefined ? -1 : REGIONS.indexOf(candidate.region);
  const candidateBlocs = model.blocsOf[model.slotOf.get(candidate.member) ?? model.defaultSlot] ?? [];
  const weights = new Float64Array(model.defaultSlot + 1);
  for (let slot = 0; slot < weights.length; slot++) {
    let weight = base;
    if (candidateRegion >= 0 && model.region[slot] === candidateRegion) weight *= sameRegion;
    if (candidateBlocs.some((bloc) => model.blocsOf[slot]!.includes(bloc))) weight *= sameBloc;
    weights[slot] = weight;
  }
  return weights;
}

/** The weights of a candidate: precompiled for the scenario's nominees, computed otherwise. */
export function candidateWeights(model: CompiledBehaviour, candidate: Candidate): Float64Array {
  return model.weights.get(candidate.id) ?? computeCandidateWeights(model, candidate);
}
