/**
 * A list that only grows, shared by successive snapshots (principle 9): each snapshot holds the
 * shared array and how many of its entries it sees, so that an append neither copies nor freezes
 * what came before. A snapshot older than the last append (a replay from a point, a branch) that
 * appends in turn gets its own copy of the entries it sees. Plain, serialisable data.
 */
export interface AppendOnly<T> {
  readonly entries: T[];
  readonly length: number;
}

/** An empty list. */
export function emptyList<T>(): AppendOnly<T> {
  return Object.freeze({ entries: [], length: 0 });
}

/** The list with `items` added at its end. */
export function appended<T>(list: AppendOnly<T>, items: readonly T[]): AppendOnly<T> {
  if (items.length === 0) return list;
  const entries = list.entries.length === list.length ? list.entries : list.entries.slice(0, list.length);
  for (let i = 0; i < items.length; i++) entries.push(items[i]!);
  // frozen (shallowly): a handle is replaced, never changed in place
  return Object.freeze({ entries, length: entries.length });
}

/** The entries this list sees, in order: read them now, do not keep the array (it may grow). */
export function entriesOf<T>(list: AppendOnly<T>): readonly T[] {
  return list.entries.length === list.length ? list.entries : list.entries.slice(0, list.length);
}
