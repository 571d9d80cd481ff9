import { describe, expect, it } from 'vitest';
import { MEMBERS, frenchAlphabeticalOrder, memberByCode } from '../../src/registry/members.js';

// the roll call follows French alphabetical order (interpol-rules.md R3.2, RPGA Art 19)
describe('frenchAlphabeticalOrder', () => {
  it.each([
    ['Allemagne before Autriche', ['AUT', 'DEU'], ['DEU', 'AUT']],
    ['Égypte sorts as E, after Danemark and before Espagne', ['ESP', 'EGY', 'DNK'], ['DNK', 'EGY', 'ESP']],
    ['États-Unis after Espagne, before Finlande', ['FIN', 'USA', 'ESP'], ['ESP', 'USA', 'FIN']],
    ['Chine, Chypre, Colombie', ['COL', 'CYP', 'CHN'], ['CHN', 'CYP', 'COL']],
    ['Royaume-Uni under R, Suisse under S', ['CHE', 'GBR'], ['GBR', 'CHE']],
    ['lower-case codes are accepted', ['fra', 'deu'], ['deu', 'fra']],
  ])('puts %s', (_name, codes, expected) => {
    expect(frenchAlphabeticalOrder(codes)).toEqual(expected);
  });

  it('returns an empty roll call for no codes', () => {
    expect(frenchAlphabeticalOrder([])).toEqual([]);
  });

  it('rejects a code that is not a member', () => {
    expect(() => frenchAlphabeticalOrder(['PRK'])).toThrow(/'PRK' is not a member code/);
  });

  it('does not change its input', () => {
    const codes = ['AUT', 'DEU'];
    frenchAlphabeticalOrder(codes);
    expect(codes).toEqual(['AUT', 'DEU']);
  });

  it.each([
    ['USA', 'États-Unis'],
    ['VAT', 'Cité du Vatican'],
    ['CHN', 'Chine'],
    ['RUS', 'Russie'],
    ['IRN', 'Iran'],
    ['TUR', 'Turquie'],
  ])('uses the short French name of %s', (code, nameFr) => {
    expect(memberByCode(code)?.nameFr).toBe(nameFr);
  });

  it('gives every member a short French name', () => {
    const long = MEMBERS.filter((member) => member.nameFr === '' || member.nameFr.length > 32);
    expect(long.map((member) => member.nameFr)).toEqual([]);
  });
});
