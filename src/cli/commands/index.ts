import type { CommandEntry } from '../command.js';

/**
 * Every command of `gasim`. Commands are loaded lazily so that `--help` and `validate` start
 * without loading the terminal UI or the machine.
 */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'run',
    usage: 'run [scenario] [--seed N] [--json] [--journal FILE] [--force]',
    summary: 'run a whole session headless and print its minutes (Markdown)',
    help: [
      'Runs every day, item and election of the scenario through the session machine: the chair follows',
      'the rules of procedure, the voters follow the scenario (scripted results, else its behaviour model).',
      'The scenario defaults to scenarios/marrakech-2025.yaml; the seed to the scenario\'s own.',
      '',
      'Options:',
      '  --seed N        seed of the run (same scenario and seed, same bytes out)',
      '  --json          print the machine-readable result instead (schema: gasim schema --result)',
      '  --journal FILE  also write the event journal (JSON Lines), for `gasim resume` and `gasim tui --resume`',
      '  --force         overwrite FILE if it exists',
    ].join('\n'),
    load: () => import('./run.js'),
  },
  {
    name: 'tui',
    usage: 'tui [scenario] [--seed N] [--resume FILE] [--journal FILE] [--force]',
    summary: 'step through the session day by day in the terminal UI',
    help: [
      'Opens the session (default scenarios/marrakech-2025.yaml) in the terminal. Keys: → step, ⏎ end of item,',
      'd end of day, N next day, b back, j jump to an item, v per-member votes, / search a member, s save the',
      'journal, ? help, q quit. Needs an interactive terminal; without one it exits 5 and suggests `gasim run`.',
      '',
      'Options:',
      '  --seed N        seed of the run',
      '  --resume FILE   continue a saved journal (its scenario and seed come from the journal)',
      '  --journal FILE  where `s` saves the journal (default <scenario-id>-seed<N>.journal.jsonl)',
      '  --force         let `s` overwrite an existing journal file',
      '',
      'NO_COLOR=1 turns colours off; symbols and words carry every meaning.',
    ].join('\n'),
    load: () => import('./tui.js'),
  },
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
    name: 'schema',
    usage: 'schema',
    summary: 'print the JSON Schema of scenario files',
    help: 'The same schema is committed as scenarios/scenario.schema.json; each scenario points to it on its first line.',
    load: () => import('./schema.js'),
  },
];
