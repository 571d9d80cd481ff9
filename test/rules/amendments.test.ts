import { describe, expect, it } from 'vitest';
import { isMoot, orderAmendments, type Amendment } from '../../src/rules/amendments.js';

const amendments: Amendment[] = [
  { id: 'b', remoteness: 1 },
  { id: 'd', remoteness: 3, excludes: ['c'] },
  { id: 'a', remoteness: 1 },
  { id: 'c', remoteness: 2 },
];

describe('orderAmendments', () => {
  it.each<[string, Amendment[], string[]]>([
    ['none', [], []],
    // R6.8 (RPGA Art 42(4)): furthest removed first, ties by id
    ['furthest removed first', amendments, ['d', 'c', 'a', 'b']],
    ['equal remoteness by id', [{ id: 'z', remoteness: 0 }, { id: 'm', remoteness: 0 }], ['m', 'z']],
  ])('%s', (_name, input, order) => {
    expect(orderAmendments(input).map((a) => a.id)).toEqual(order);
  });

  it('does not mutate its input (principle 1)', () => {
    const input = [...amendments];
    orderAmendments(input);
    expect(input).toEqual(amendments);
  });
});

describe('isMoot', () => {
  it.each<[string, string, string[], boolean]>([
    // R6.8: adopting d necessarily rejects c
    ['c after d is adopted', 'c', ['d'], true],
    ['d after c is adopted (exclusion read both ways)', 'd', ['c'], true],
    ['a after d is adopted', 'a', ['d'], false],
    ['c before anything is adopted', 'c', [], false],
    ['an adopted amendment itself', 'd', ['d'], false],
    ['an unknown amendment', 'x', ['d'], false],
  ])('%s', (_name, id, adopted, moot) => {
    expect(isMoot(id, adopted, amendments)).toBe(moot);
  });
});
