import { describe, expect, it } from 'vitest';
import { fitText, shortName, shortenName } from '../../src/ui/layout/shorten.js';

describe('shortenName', () => {
  it.each([
    { name: 'Lucas Philippe', member: 'FRA', width: 30, expected: 'Lucas Philippe (FRA)' },
    { name: 'Lucas Philippe', member: 'FRA', width: 16, expected: 'PHILIPPE (FRA)' },
    { name: 'Lucas Philippe', member: 'FRA', width: 9, expected: 'PHILIPPE' },
    { name: 'Lucas Philippe', member: 'FRA', width: 5, expected: 'PHIL…' },
  ])('shortens $name to $width columns', ({ name, member, width, expected }) => {
    expect(shortenName(name, member, width)).toBe(expected);
  });

  it('uses the surname form for candidates and leaves yes/no labels alone', () => {
    expect([shortName('Ahmet Sabanca', 'TUR', 20), shortName('Yes', undefined, 20)]).toEqual(['SABANCA (TUR)', 'Yes']);
  });
});

describe('fitText', () => {
  it('cuts at a word boundary, never mid-word when a boundary is near', () => {
    expect(fitText('Ballot 2 closed: no candidate reached two-thirds', 30)).toBe('Ballot 2 closed: no candidate…');
  });
});
