import type { CommandEntry } from '../command.js';

/**
 * Every command of `gasim`. Commands are loaded lazily so that `--help` and `validate` start
 * without loading the terminal UI or the machine.
 */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'members',
    usage: 'members [--region R] [--json]',
    summary: 'list the 196 INTERPOL member countries',
    help: [
      'Options:',
      '  --region R  only the members of one ExCo region: africa, americas, asia or europe',
      '  --json      print the full rows as a JSON array',
      '',
      'Contribution bands are a proxy from the UN scale of assessments 2025–2027, not INTERPOL figures.',
    ].join('\n'),
    load: () => import('./members.js'),
  },
  {
    name: 'validate',
    usage: 'validate <file>...',
    summary: 'check scenario files (shape, then cross-references)',
    help: [
      'Prints `<file>: ok (N items, M elections)` for each valid file and exits 0.',
      'Otherwise prints one line per problem on stderr and exits 2:',
      '',
      '  <file>:<line>:<col>: <message> [<code> <path>] (hint: <how to fix>)',
      '',
      '<code> is the reason (yaml/…, schema/… or scenario/…, e.g. scenario/unknown-member) and <path> the',
      'place in the document (e.g. session.days[0].items[2].kind). Warnings read `<file>:<line>:<col>: warning: …`',
      'and do not fail the file. A file that cannot be read (missing, a directory, binary, empty, over 2 MB)',
      'is reported at 1:1 with the code [file].',
    ].join('\n'),
    load: () => import('./validate.js'),
  },
  {
    name: 'check',
    usage: 'check <scenario-or-rules-file> [--runs N] [--seed S] [--axiom NAME] [--out DIR] [--force]',
    summary: 'property-test a rule set against the voting axioms',
    help: [
      'The file is a scenario (its rules: are checked) or a rules file: `format: gasim/rules@1` and any',
      'rule-set settings. Every axiom (or the one named by --axiom) runs --runs times (default 200) from',
      '--seed (default 1), so a check is deterministic. Prints a table: axiom, held or broken, runs, time.',
      'For each broken axiom the shrunk counterexample is written as a scenario in --out (default',
      './counterexamples/) that `gasim run` replays, with the fast-check seed and path to reproduce it.',
      '',
      'Exit codes: 0 every axiom holds, 1 some axiom is broken, 2 bad input, 4 a counterexample file exists',
      '(pass --force to overwrite).',
    ].join('\n'),
    load: () => import('./check.js'),
  },
  {
    name: 'schema',
    usage: 'schema',
    summary: 'print the JSON Schema of scenario files',
    help: 'The same schema is committed as scenarios/scenario.schema.json; each scenario points to it on its first line.',
    load: () => import('./schema.js'),
  },
];
