import type { VoteMethod } from '../../src/domain/vote.js';
import { describe, expect, it } from 'vitest';
import { isSecret, methodFor, recordsMemberChoices, type VoteSubject } from '../../src/rules/vote-method.js';

describe('methodFor', () => {
  it.each<[string, VoteSubject, VoteMethod | undefined, VoteMethod, boolean, string]>([
    ['electronic recorded vote by default (R3.1)', 'resolution', undefined, 'electronic-recorded', false, 'R3.1'],
    ['consensus on a question (R3.1)', 'agendaAdoption', 'consensus', 'consensus', false, 'R3.1'],
    ['roll call on request (R3.2)', 'budget', 'roll-call', 'roll-call', false, 'R3.2'],
    ['secret ballot proposed and chosen (R3.5)', 'resolution', 'secret', 'secret', false, 'R3.5'],
    ['elections are secret (R3.4)', 'election', undefined, 'secret', false, 'R3.4'],
    ['a show of hands is overridden for an election (R3.4)', 'election', 'show-of-hands', 'secret', true, 'R3.4'],
    ['SG appointment is secret (R3.4)', 'sg-appointment', 'electronic-recorded', 'secret', true, 'R3.4'],
    ['early termination is secret (R3.4)', 'early-termination', 'secret', 'secret', false, 'R3.4'],
  ])('%s', (_name, subject, requested, method, overridden, rule) => {
    const choice = methodFor(subject, requested);
    expect(choice).toMatchObject({ method, overridden, citation: { rule } });
  });
});

describe('isSecret and recordsMemberChoices', () => {
  it.each<[VoteMethod, boolean, boolean]>([
    ['electronic-recorded', false, true], // R3.2
    ['roll-call', false, true], // R3.2
    ['secret', true, false], // R3.3
    ['show-of-hands', false, false], // R3.1
    ['consensus', false, false], // R3.1
  ])('%s', (method, secret, records) => {
    expect(isSecret(method)).toBe(secret);
    expect(recordsMemberChoices(method)).toBe(records);
  });
});
