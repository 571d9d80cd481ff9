import type { ItemId } from '../domain/ids.js';

/**
 * The ballot a scripted entry or a request designates, as one lookup key: the item, then the
 * amendment or the additional item it decides (if any), the seat and the ballot. Every ballot of a
 * session has its own key, so that a script matches one ballot at most: a procedural motion or an
 * appeal put on the item has its own (`procedural`), which no scripted entry can designate.
 */
export function scriptKey(ballot: {
  readonly item: ItemId;
  readonly amendment?: string | null | undefined;
  readonly additionalItem?: string | null | undefined;
  readonly procedural?: string | null | undefined;
  readonly seat: number;
  readonly ballot: number;
}): string {
  const key = `${ballot.item}|${ballot.amendment ?? ''}|${ballot.additionalItem ?? ''}|${ballot.seat}|${ballot.ballot}`;
  return ballot.procedural ? `${key}|${ballot.procedural}` : key;
}
