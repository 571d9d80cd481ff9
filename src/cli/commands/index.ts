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
    name: 'resume',
    usage: 'resume <journal> [--scenario FILE] [--journal-out FILE] [--force]',
    summary: 'replay a session journal and run the session to its end',
    help: [
      'Reads the journal (gasim/journal@1: a header line, then one JSON line per accepted event), loads the',
      "scenario named in its header (or --scenario FILE), checks the scenario's sha256 against the header,",
      'replays the events and runs the rest of the session headless (the autopilot chairs; a deterministic',
      'voter votes), appending every new event to the journal, then prints who was elected and the Committee.',
      '',
      'A torn last line (the event in flight when a run was killed) is reported on stderr and dropped.',
      'Options:',
      '  --scenario FILE     the scenario file, if it has moved since the journal was written',
      '  --journal-out FILE  write the whole journal to a new file instead of appending',
      '  --force             with --journal-out, replace an existing file',
      '',
      'Exit codes: 2 for an unreadable journal or a scenario that does not match its hash; 4 if',
      '--journal-out exists and --force was not given.',
    ].join('\n'),
    load: () => import('./resume.js'),
  },
  {
    name: 'diagram',
    usage: 'diagram',
    summary: 'print the session statechart as a Mermaid state diagram',
    help: [
      'Prints a Mermaid stateDiagram-v2 generated from the machine definition, for training material:',
      'nested states as composite states, the history state as "history (H)", guarded transitions as',
      '`event [guard]`. Events that a state rejects leave it unchanged and are not drawn.',
      '',
      'Render it with any Mermaid viewer, e.g.: gasim diagram > session.mmd',
    ].join('\n'),
    load: () => import('./diagram.js'),
  },
];
