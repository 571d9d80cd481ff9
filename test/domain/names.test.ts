import { describe, expect, it } from 'vitest';
import { surnameOf } from '../../src/domain/person-name.js';

// The surname shown on ballot papers and in the minutes ("PHILIPPE (FRA)").
describe('surnameOf', () => {
  it.each([
    ['Lucas Philippe', 'PHILIPPE'],
    ['Garry De Buysscher', 'DE BUYSSCHER'],
    ['Jannine van den Berg', 'VAN DEN BERG'],
    ['KIM Jong Yang', 'KIM'],
    ['Arturo HERRERA Verdugo', 'HERRERA'],
    ['Delegate of Canada (name unconfirmed)', 'Delegate of Canada'],
    ['Ahmed Naser Al-Raisi', 'AL-RAISI'],
  ])('%s → %s', (name, surname) => {
    expect(surnameOf(name)).toBe(surname);
  });
});
