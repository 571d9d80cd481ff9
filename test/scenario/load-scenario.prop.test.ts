import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/load-scenario.js';
import { documentText, mutatedScenario } from '../arbitraries/scenario-text.js';

const real = readFileSync(new URL('../../scenarios/contested-presidency.yaml', import.meta.url), 'utf8');

/** Every input ends in a Result, never an exception, and every problem is located (issue 9, item 2). */
function isLocatedResult(text: string): boolean {
  const started = performance.now();
  const result = loadScenarioText(text, 'fuzz.yaml');
  expect(performance.now() - started).toBeLessThan(2000);
  if (result.ok) return true;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.col).toBeGreaterThanOrEqual(1);
    expect(problem.message).not.toBe('');
  }
  return true;
}

describe('loadScenarioText on any input', () => {
  it('returns a located Result for random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), isLocatedResult), { numRuns: 800 });
  });

  it('returns a located Result for random YAML and JSON documents', () => {
    fc.assert(fc.property(documentText, isLocatedResult), { numRuns: 800 });
  });

  it('returns a located Result for mutations of a real scenario', () => {
    fc.assert(fc.property(mutatedScenario(real), isLocatedResult), { numRuns: 800 });
  });
});
