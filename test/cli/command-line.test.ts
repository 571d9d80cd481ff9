import { describe, expect, it } from 'vitest';
import { helpOf, parseCommandLine, usageOf } from '../../src/cli/command-spec.js';
import { SPECS } from '../../src/cli/commands/specs.js';
import { gasimChild } from '../test-utils/gasim-child.js';

// issue 17, command line: the mistakes people make at a prompt, through the built CLI as a user runs it
describe('gasim at the prompt (issue 17)', () => {
  it.each([
    [['sweep', 'scenarios/contested-presidency.yaml', '--runs', '-5'], "--runs must be a whole number from 1 to 10000000, got '-5'"],
    [['run', '--seed', '-1'], "--seed must be a whole number from 0 to 4294967295, got '-1'"],
    [['drill', '--count', '-3'], "--count must be a whole number from 1 to 10000, got '-3'"],
    [['check', 'scenarios/marrakech-2025.yaml', '--runs', '-2'], "--runs must be a whole number from 1 to 1000000, got '-2'"],
  ])('a negative number names the allowed range, not "ambiguous": gasim %j', async (args, message) => {
    const r = await gasimChild(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).not.toContain('ambiguous');
  });

  it.each([
    [['run', '--sede', '3'], "unknown option '--sede' for run; did you mean --seed?"],
    [['sweep', 'x.yaml', '--worker', '2'], "unknown option '--worker' for sweep; did you mean --workers?"],
    [['train', '--rol', 'chair'], "unknown option '--rol' for train; did you mean --role?"],
    [['runn'], "unknown command 'runn'; did you mean 'run'?"],
    [['swep'], "unknown command 'swep'; did you mean 'sweep'?"],
  ])('a mistyped option or command gets a "did you mean": gasim %j', async (args, message) => {
    const r = await gasimChild(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('an option missing its value says which value', async () => {
    const r = await gasimChild(['run', '--seed']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--seed needs a value (N)');
  });

  it('help resume lists --json and says that it prints the minutes; help drill lists --force and --answers', async () => {
    const resume = await gasimChild(['help', 'resume']);
    expect(resume.out).toContain('[--json]');
    expect(resume.out).toMatch(/--json +print the result as JSON/);
    expect(resume.out).toContain('prints the minutes of the whole session');
    const drill = await gasimChild(['drill', '--help']);
    expect(drill.out).toMatch(/^Usage: gasim drill .*\[--force\] \[--answers FILE\]/);
  });
});

describe('one command spec for parser and help (issue 17)', () => {
  it.each(SPECS.map((s) => [s.name, s] as const))('%s: every option the help lists is one the parser accepts, and no other', (_name, spec) => {
    const help = helpOf(spec);
    for (const [name, option] of Object.entries(spec.options)) {
      expect(help).toContain(`--${name}`);
      expect(usageOf(spec)).toContain(`--${name}`);
      const argv = option.type === 'boolean' ? [`--${name}`] : [`--${name}`, '1'];
      expect(() => parseCommandLine(spec, argv)).not.toThrow();
    }
    expect(() => parseCommandLine(spec, ['--not-an-option'])).toThrow(/unknown option '--not-an-option'/);
    const listed = [...help.matchAll(/^ {2}--([a-z-]+)/gm)].map((m) => m[1]);
    expect(listed).toEqual(Object.keys(spec.options));
  });
});
