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
    name: 'schema',
    usage: 'schema',
    summary: 'print the JSON Schema of scenario files',
    help: 'The same schema is committed as scenarios/scenario.schema.json; each scenario points to it on its first line.',
    load: () => import('./schema.js'),
  },
  {
    name: 'drill',
    usage: 'drill [--count N] [--topic T] [--seed N] [--report FILE]',
    summary: 'practise decisions on generated situations, with feedback and a debrief',
    help: [
      'Options:',
      '  --count N       number of questions (default 20)',
      '  --topic T       majorities, elections, eligibility or motions (default: all in turn)',
      '  --seed N        the same seed gives the same questions, so scores compare across runs (default 1)',
      '  --report FILE   write the debrief as Markdown; an existing file is kept unless --force (exit 4)',
      '  --answers FILE  read one answer per line instead of asking (a choice key or its number, or a number)',
      '',
      'In a terminal each question is asked with ↑↓/1–9 or by typing a number; piped stdin lines are',
      'read as answers. A wrong answer shows the rule, its citation and the arithmetic, and the drill goes on.',
    ].join('\n'),
    load: () => import('./drill.js'),
  },
];
