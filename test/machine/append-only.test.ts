import { describe, expect, it } from 'vitest';
import { appended, emptyList, entriesOf } from '../../src/record/append-only.js';

describe('AppendOnly (the record shared by successive snapshots)', () => {
  it('appends without copying: successive lists share one array, each sees its own length', () => {
    const a = appended(emptyList<string>(), ['opened']);
    const b = appended(a, ['voted', 'closed']);
    expect(b.entries).toBe(a.entries);
    expect(entriesOf(a)).toEqual(['opened']);
    expect(entriesOf(b)).toEqual(['opened', 'voted', 'closed']);
  });

  it('gives a branch from an older list its own copy, leaving the later list as it was', () => {
    const a = appended(emptyList<string>(), ['opened']);
    const later = appended(a, ['voted']);
    const branch = appended(a, ['adjourned']);
    expect(branch.entries).not.toBe(a.entries);
    expect(entriesOf(branch)).toEqual(['opened', 'adjourned']);
    expect(entriesOf(later)).toEqual(['opened', 'voted']);
    expect(entriesOf(a)).toEqual(['opened']);
  });

  it('returns the same list when nothing is appended, and frozen handles', () => {
    const a = appended(emptyList<number>(), [1]);
    expect(appended(a, [])).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it('survives JSON: a list read back sees only its own entries', () => {
    const a = appended(emptyList<number>(), [1, 2]);
    appended(a, [3]);
    expect(entriesOf(JSON.parse(JSON.stringify(a)))).toEqual([1, 2]);
  });
});
