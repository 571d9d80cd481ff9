import type { MemberCode } from '../../domain/ids.js';
import type { VoteChoice } from '../../domain/vote.js';
import type { RngStream } from '../../random/seeded-rng.js';
import type { BallotRequest, BallotResponse } from '../../domain/ballot-request.js';
import type { CompiledBehaviour } from './compile-behaviour.js';
import { electionChooser } from './election-chooser.js';
import { questionChooser } from './question-chooser.js';
import { CHOICES, counted, isRecordable } from './respond.js';
import { scriptedResponse } from './scripted-ballot.js';
import { scriptKey } from './script-key.js';

/**
 * Draws one ballot from the behaviour model (issue 5): a scripted entry for the ballot wins;
 * otherwise each member of the electorate, in order, takes part with its turnout probability, then
 * casts a blank paper with probability `abstain`, a spoiled one with `invalid`, else chooses per
 * `questionChooser` or `electionChooser` (one uniform draw decides the first three, see
 * `CompiledBehaviour.blankBelow`). Every random number comes from `rng`.
 */
export function drawBallot(model: CompiledBehaviour, request: BallotRequest, rng: RngStream): BallotResponse {
  const scripted = model.scripted.get(scriptKey(request));
  if (scripted) return scriptedResponse(scripted, request);
  const chooser = request.kind === 'question' ? questionChooser(model, request, rng) : electionChooser(model, request);
  const slots = electorateSlots(model, request.electorate);
  const { turnout, blankBelow, spoiledBelow } = model;
  const blank = chooser.keys.length;
  // plain arrays: allocating small typed arrays per ballot costs more than the whole draw
  const tally: number[] = new Array<number>(blank + 2).fill(0);
  const votes: Record<MemberCode, VoteChoice> | null = isRecordable(request) ? {} : null;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    const u = rng.float();
    const choice = u < blankBelow[slot]! ? blank : u < spoiledBelow[slot]! ? blank + 1 : u < turnout[slot]! ? chooser.choose(slot, rng) : -1;
    if (choice < 0) continue;
    tally[choice]!++;
    if (votes) votes[request.electorate[i]!] = CHOICES[choice]!;
  }
  return votes ? { kind: 'recorded', votes } : counted(chooser.keys, tally);
}

function electorateSlots(model: CompiledBehaviour, electorate: readonly MemberCode[]): Int32Array {
  let slots = model.electorateSlots.get(electorate);
  if (!slots) {
    slots = Int32Array.from(electorate, (code) => model.slotOf.get(code) ?? model.defaultSlot);
    model.electorateSlots.set(electorate, slots);
  }
  return slots;
}
