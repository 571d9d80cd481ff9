import { describe, expect, it } from 'vitest';
import { BLOCS, BLOCS_SOURCE, BLOC_NOTES, blocsOf, type BlocId } from '../../src/registry/blocs.js';
import { isMemberCode } from '../../src/registry/members.js';

// data/README.md: 19 groupings, members only, notes kept
describe('blocs', () => {
  it('has the 19 blocs of blocs.csv with their source line', () => {
    expect(Object.keys(BLOCS)).toHaveLength(19);
    expect(BLOCS_SOURCE).toMatch(/^sources: eu=/);
  });

  it('lists only INTERPOL members, sorted and without repeats', () => {
    for (const codes of Object.values(BLOCS)) {
      expect(codes.every(isMemberCode)).toBe(true);
      expect(codes).toEqual([...new Set(codes)].sort());
    }
  });

  it.each<[string, BlocId, boolean]>([
    ['ESH', 'au', false], // not-interpol-member
    ['TUV', 'pif', false], // not-interpol-member
    ['NIC', 'oas', false], // withdrawn
    ['MLI', 'au', true], // suspended, still a member
    ['VEN', 'mercosur', true], // suspended
  ])('has %s in %s: %s', (code, bloc, expected) => {
    expect(BLOCS[bloc].includes(code)).toBe(expected);
  });

  it('keeps the notes of suspended members', () => {
    expect(BLOC_NOTES.au?.MLI).toBe('suspended; since 2021');
  });

  it.each([
    ['FRA', ['eu', 'nato', 'oif']],
    ['PRK', []],
    ['tur', ['oic', 'nato', 'ots']],
  ])('gives the blocs of %s', (code, expected) => {
    expect(blocsOf(code)).toEqual(expected);
  });
});
