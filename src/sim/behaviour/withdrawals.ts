import type { CandidateId, ItemId } from '../../domain/ids.js';
import type { CompiledBehaviour } from './compile-behaviour.js';

/** The candidates of an item who have withdrawn by the given ballot (behaviour `withdrawals`). */
export function withdrawnBy(model: CompiledBehaviour, item: ItemId, ballot: number): CandidateId[] {
  return model.withdrawals
    .filter((withdrawal) => withdrawal.item === item && withdrawal.beforeBallot <= ballot)
    .map((withdrawal) => withdrawal.candidate);
}
