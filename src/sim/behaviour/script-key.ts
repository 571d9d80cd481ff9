import type { ItemId } from '../../domain/ids.js';

/** The ballot a scripted entry or a request designates, as one lookup key. */
export function scriptKey(ballot: {
  readonly item: ItemId;
  readonly amendment?: string | null | undefined;
  readonly seat: number;
  readonly ballot: number;
}): string {
  return `${ballot.item}|${ballot.amendment ?? ''}|${ballot.seat}|${ballot.ballot}`;
}
