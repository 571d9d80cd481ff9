import type { RngStream } from '../../random/seeded-rng.js';
import type { BallotRequest } from '../../domain/ballot-request.js';
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
  return new QuestionChooser(model, request, rng);
}

// a class like the election choosers, so that the hot call site stays monomorphic per kind
class QuestionChooser implements Chooser {
  readonly keys = ['yes', 'no'];
  private readonly yesBelow: number;
  private readonly noBelow: number;
  private readonly blocYes: number[] = [];
  private readonly blocNo: number[] = [];
  private readonly line: number[] = [];
  private readonly firstBloc: Int16Array;
  private readonly cohesion: Float64Array;

  constructor(model: CompiledBehaviour, request: BallotRequest, rng: RngStream) {
    const position = positionFor(model, request);
    const blocPositions = model.proposals.byItem[request.item]?.blocs ?? {};
    [this.yesBelow, this.noBelow] = thresholds(position);
    for (const id of model.blocIds) {
      const [yes, no] = thresholds(blocPositions[id] ?? position);
      this.blocYes.push(yes);
      this.blocNo.push(no);
      this.line.push(drawPosition(rng, yes, no));
    }
    this.firstBloc = model.firstBloc;
    this.cohesion = model.cohesion;
  }

  choose(slot: number, rng: RngStream): number {
    const bloc = this.firstBloc[slot]!;
    if (bloc < 0) return drawPosition(rng, this.yesBelow, this.noBelow);
    if (rng.float() < this.cohesion[bloc]!) return this.line[bloc]!;
    return drawPosition(rng, this.blocYes[bloc]!, this.blocNo[bloc]!);
  }
}
