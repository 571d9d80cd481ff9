import { describe, expect, it } from 'vitest';
import { displayNameOf, familyNameOf, personNames, withNames } from '../../src/domain/person-name.js';

// Names as ballots and minutes print them (issue 14, item 2): the family name in capitals and the
// display name family name first; the scenario's explicit names win over the derivation.
describe('personNames: derived', () => {
  it.each([
    ['Lucas Philippe', 'PHILIPPE', 'PHILIPPE Lucas'],
    ['Mustafa Serkan Sabanca', 'SABANCA', 'SABANCA Mustafa Serkan'],
    ['Garry De Buysscher', 'DE BUYSSCHER', 'DE BUYSSCHER Garry'],
    ['Jannine van den Berg', 'VAN DEN BERG', 'VAN DEN BERG Jannine'],
    ['KIM Jong Yang', 'KIM', 'KIM Jong Yang'],
    ['Arturo HERRERA Verdugo', 'HERRERA', 'HERRERA Arturo Verdugo'],
    ['Ahmed Naser Al-Raisi', 'AL-RAISI', 'AL-RAISI Ahmed Naser'],
    ['Delegate of Egypt (name unconfirmed)', 'Delegate of Egypt', 'Delegate of Egypt'],
    ['Head of the French delegation', 'Head of the French delegation', 'Head of the French delegation'],
    ['Madonna', 'MADONNA', 'MADONNA'],
  ])('%s → %s, %s', (name, family, display) => {
    expect(personNames(name)).toEqual({ familyName: family, displayName: display });
  });
});

describe('personNames: explicit', () => {
  it.each([
    // family name first, not marked by capitals: only the scenario can say so
    ['Wang Yong', { familyName: 'WANG' }, 'WANG', 'WANG Yong'],
    ['Wang Yong', { familyName: 'Wang' }, 'WANG', 'WANG Yong'],
    ['Khalid Al Mansoori', { familyName: 'AL MANSOORI' }, 'AL MANSOORI', 'AL MANSOORI Khalid'],
    ['Lucas Philippe', { displayName: 'Lucas PHILIPPE' }, 'PHILIPPE', 'Lucas PHILIPPE'],
    ['Delegate of Egypt', { familyName: 'Hassan' }, 'HASSAN', 'HASSAN Delegate of Egypt'],
  ])('%s with %j → %s, %s', (name, given, family, display) => {
    expect(personNames(name, given)).toEqual({ familyName: family, displayName: display });
  });

  it('reads a candidate carrying its names, else derives them', () => {
    expect(displayNameOf({ name: 'Wang Yong', familyName: 'WANG', displayName: 'WANG Yong' })).toBe('WANG Yong');
    expect(familyNameOf({ name: 'Wang Yong' })).toBe('YONG');
    expect(familyNameOf({ name: 'Wang Yong', familyName: 'WANG' })).toBe('WANG');
  });
});

describe('withNames', () => {
  const people = [
    { id: 'philippe', name: 'Lucas Philippe' },
    { id: 'wang-yong', name: 'Wang Yong', familyName: 'WANG' },
    { id: 'wang', name: 'Li WANG' },
  ];
  it.each([
    ['philippe (84) reached 83 and elected', 'PHILIPPE Lucas (84) reached 83 and elected'],
    ['wang-yong has 157 yes votes', 'WANG Yong has 157 yes votes'],
    ['wang and philippe are tied', 'WANG Li and PHILIPPE Lucas are tied'],
    // not inside a longer id or word
    ['philippes wang-yongs', 'philippes wang-yongs'],
  ])('%s → %s', (text, named) => {
    expect(withNames(text, people)).toBe(named);
  });
});
