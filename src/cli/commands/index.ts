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
];
