import type { MemberCode } from '../../domain/ids.js';
import type { RngStream } from '../../random/seeded-rng.js';
import type { BallotRequest, BallotResponse } from '../ballot-request.js';
import type { CompiledBehaviour } from './compile-behaviour.js';
import { electionChooser } from './election-chooser.js';
import { questionChooser } from './question-chooser.js';
import { respond } from './respond.js';
import { scriptedResponse } from './scripted-ballot.js';
import { scriptKey } from './script-key.js';

/**
 * Draws one ballot from the behaviour model (issue 5): a scripted entry for the ballot wins;
 * otherwise each member of the electorate, in order, takes part with its turnout probability, then
 * casts a blank paper with probability `abstain`, a spoiled one with `invalid`, else chooses per
 * `questionChooser` or `electionChooser`. Every random number comes from `rng`.
 */
export function drawBallot(model: CompiledBehaviour, request: BallotRequest, rng: RngStream): BallotResponse {
  const scripted = model.scripted.get(scriptKey(request));
  if (scripted) return scriptedResponse(scripted, request);
  const chooser = request.kind === 'question' ? questionChooser(model, request, rng) : electionChooser(model, request);
  const slots = electorateSlots(model, request.electorate);
  const { turnout } = model;
  const blank = chooser.keys.length;
  const abstainBelow = Math.min(1, model.abstain);
  const invalidBelow = Math.min(1, model.abstain + model.invalid);
  const choices = new Int16Array(slots.length);
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    if (!(rng.float() < turnout[slot]!)) {
      choices[i] = -1;
      continue;
    }
    const u = rng.float();
    choices[i] = u < abstainBelow ? blank : u < invalidBelow ? blank + 1 : chooser.choose(slot, rng);
  }
  return respond(request, chooser.keys, choices);
}

function electorateSlots(model: CompiledBehaviour, electorate: readonly MemberCode[]): Int32Array {
  let slots = model.electorateSlots.get(electorate);
  if (!slots) {
    slots = Int32Array.from(electorate, (code) => model.slotOf.get(code) ?? model.defaultSlot);
    model.electorateSlots.set(electorate, slots);
  }
  return slots;
}
