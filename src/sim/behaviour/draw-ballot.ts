import type { MemberCode } from '../../domain/ids.js';
import { choicesOfCodes } from '../../domain/choices.js';
import type { RngStream } from '../../random/seeded-rng.js';
import type { BallotRequest, BallotResponse } from '../../domain/ballot-request.js';
import type { CompiledBehaviour } from './compile-behaviour.js';
import { electionChooser } from './election-chooser.js';
import { questionChooser } from './question-chooser.js';
import { counted, isRecordable } from './respond.js';
import { scriptMisfit, type BallotShape } from './script-fit.js';
import { scriptedResponse } from './scripted-ballot.js';
import { scriptKey } from '../../scenario/script-key.js';

/**
 * Draws one ballot from the behaviour model (issue 5): a scripted entry for the ballot wins;
 * otherwise each member of the electorate, in order, takes part with its turnout probability, then
 * casts a blank paper with probability `abstain`, a spoiled one with `invalid`, else chooses per
 * `questionChooser` or `electionChooser` (one uniform draw decides the first three, see
 * `CompiledBehaviour.blankBelow`). Every random number comes from `rng`. A counted ballot (secret, or
 * with more than one candidate on the paper) is drawn per behaviour slot, never per member.
 */
export function drawBallot(model: CompiledBehaviour, request: BallotRequest, rng: RngStream): BallotResponse {
  const scripted = model.scripted.get(scriptKey(request));
  // a script that does not fit its ballot is not used: the run draws it and the outputs say so
  if (scripted && scriptMisfit(scripted.entry, shapeOf(request)) === null) return { ...scriptedResponse(scripted.entry, request), script: scripted.index };
  const chooser = request.kind === 'question' ? questionChooser(model, request, rng) : electionChooser(model, request);
  const slots = electorateSlots(model, request.electorate);
  const { turnout, blankBelow, spoiledBelow } = model;
  const blank = chooser.keys.length;
  // only a secret ballot has papers to spoil (R2.3, R3.3): elsewhere a spoiled draw is a blank
  const spoiled = request.method === 'secret' ? blank + 1 : blank;
  // plain arrays: allocating small typed arrays per ballot costs more than the whole draw
  const tally: number[] = new Array<number>(blank + 2).fill(0);
  const draw = (slot: number): number => {
    const u = rng.float();
    return u < blankBelow[slot]! ? blank : u < spoiledBelow[slot]! ? spoiled : u < turnout[slot]! ? chooser.choose(slot, rng) : -1;
  };
  if (!isRecordable(request)) {
    // secrecy by construction (R3.3, issue 18): a counted ballot is drawn as counts only, by
    // behaviour slot, so no per-member choice exists to re-derive from the seed
    const groups = slotGroups(model, request.electorate, slots);
    for (let g = 0; g < groups.length; g++) {
      const [slot, members] = groups[g]!;
      for (let n = 0; n < members; n++) {
        const choice = draw(slot);
        if (choice >= 0) tally[choice]!++;
      }
    }
    return counted(chooser.keys, tally);
  }
  // one byte per member of the electorate, in its order (`RecordedChoices`): 0–3 a choice, 255 did not vote
  const codes = new Uint8Array(slots.length);
  let cast = 0;
  for (let i = 0; i < slots.length; i++) {
    const choice = draw(slots[i]!);
    if (choice < 0) {
      codes[i] = 255;
      continue;
    }
    tally[choice]!++;
    cast++;
    codes[i] = choice;
  }
  // a recorded vote in which nobody votes is a result of empty totals, never an empty batch of votes
  // (which would leave the ballot open); said here, where the count is known, not by listing the votes
  return cast === 0 ? counted(['yes', 'no'], tally) : { kind: 'recorded', choices: choicesOfCodes(codes) };
}

/** How many members of the electorate share each behaviour slot, in ascending slot order (kept per electorate). */
function slotGroups(model: CompiledBehaviour, electorate: readonly MemberCode[], slots: Int32Array): readonly (readonly [number, number])[] {
  let groups = model.electorateGroups.get(electorate);
  if (!groups) {
    const counted: [number, number][] = [];
    for (const slot of Int32Array.from(slots).sort()) {
      const last = counted[counted.length - 1];
      if (last && last[0] === slot) last[1]++;
      else counted.push([slot, 1]);
    }
    model.electorateGroups.set(electorate, (groups = counted));
  }
  return groups;
}

/** The ballot a request opens, as a scripted result is checked against it. */
export function shapeOf(request: BallotRequest): BallotShape {
  return { kind: request.kind, paper: request.paper.map((c) => c.id), secret: request.method === 'secret', counted: request.secret, electorate: request.electorate };
}

function electorateSlots(model: CompiledBehaviour, electorate: readonly MemberCode[]): Int32Array {
  let slots = model.electorateSlots.get(electorate);
  if (!slots) {
    slots = Int32Array.from(electorate, (code) => model.slotOf.get(code) ?? model.defaultSlot);
    model.electorateSlots.set(electorate, slots);
  }
  return slots;
}
