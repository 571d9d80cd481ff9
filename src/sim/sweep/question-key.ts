import type { ItemId } from '../../domain/ids.js';

/** The key of a question in aggregates and catalogues: `item`, or `item/amendment`. */
export function questionKey(item: ItemId, amendment: string | null): string {
  return amendment === null ? item : `${item}/${amendment}`;
}
