import type { RngStream } from '../../random/seeded-rng.js';
import type { BallotRequest } from '../ballot-request.js';
import type { CompiledBehaviour } from './compile-behaviour.js';

/** Picks one participant's paper: an index into the paper's keys, or `keys.length` for a blank. */
export interface Chooser {
  readonly keys: readonly string[];
  choose(slot: number, rng: RngStream): number;
}

export const YES = 0;
export const NO = 1;
const BLANK = 2;

interface Position {
  readonly yes: number;
  readonly no: number;
}

/** The position on an item: byItem, else byKind (keyed by the item's kind), else default. */
export function positionFor(model: CompiledBehaviour, request: Pick<BallotRequest, 'item' | 'itemKind'>): Position {
  const { byItem, byKind } = model.proposals;
  return byItem[request.item] ?? byKind[request.itemKind] ?? model.proposals.default;
}

// yes below `yes`, no below `no`, blank above; yes + no over 1 is read as relative weights
function thresholds(position: Position): [number, number] {
  const scale = Math.max(1, position.yes + position.no);
  return [position.yes / scale, (position.yes + position.no) / scale];
}

function drawPosition(rng: RngStream, yesBelow: number, noBelow: number): number {
  const u = rng.float();
  return u < yesBelow ? YES : u < noBelow ? NO : BLANK;
}

/**
 * A question: each bloc draws its line once per ballot from its position (the bloc's position on
 * the item, else the item's); a bloc member (first listed bloc) follows the line with probability
 * `cohesion`, otherwise draws from that same position; a member of no bloc draws from the item's.
 */
export function questionChooser(model: CompiledBehaviour, request: BallotRequest, rng: RngStream): Chooser {
  const position = positionFor(model, request);
  const blocPositions = model.proposals.byItem[request.item]?.blocs ?? {};
  const [yesBelow, noBelow] = thresholds(position);
  const count = model.blocIds.length;
  const blocYes: number[] = new Array<number>(count).fill(0);
  const blocNo: number[] = new Array<number>(count).fill(0);
  const line: number[] = new Array<number>(count).fill(0);
  for (let bloc = 0; bloc < count; bloc++) {
    [blocYes[bloc], blocNo[bloc]] = thresholds(blocPositions[model.blocIds[bloc]!] ?? position);
    line[bloc] = drawPosition(rng, blocYes[bloc]!, blocNo[bloc]!);
  }
  const { firstBloc, cohesion } = model;
  return {
    keys: ['yes', 'no'],
    choose(slot, stream) {
      const bloc = firstBloc[slot]!;
      if (bloc < 0) return drawPosition(stream, yesBelow, noBelow);
      if (stream.float() < cohesion[bloc]!) return line[bloc]!;
      return drawPosition(stream, blocYes[bloc]!, blocNo[bloc]!);
    },
  };
}
