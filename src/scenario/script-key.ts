import type { ItemId } from '../domain/ids.js';

/**
 * The ballot a scripted entry or a request designates, as one lookup key: the item, then the
 * amendment or the additional item it decides (if any), the seat and the ballot. Every ballot of a
 * session has its own key, so that a script matches one ballot at most.
 */
export function scriptKey(ballot: {
  readonly item: ItemId;
  readonly amendment?: string | null | undefined;
  readonly additionalItem?: string | null | undefined;
  readonly seat: number;
  readonly ballot: number;
}): string {
  return `${ballot.item}|${ballot.amendment ?? ''}|${ballot.additionalItem ?? ''}|${ballot.seat}|${ballot.ballot}`;
}
