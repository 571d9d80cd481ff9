import type { CommandSpec } from '../command-spec.js';

/**
 * Every command's arguments, options and help, in one place: `gasim --help`, `gasim help <command>`
 * and each command's parser are generated from these (issue 17), so they cannot disagree.
 */

const SEED = { type: 'string', value: 'N', help: 'seed of the run, a whole number from 0 to 4294967295 (default: the scenario\'s own)' } as const;
const FORCE = { type: 'boolean', help: 'overwrite FILE if it exists' } as const;
const RUNS_1000 = { type: 'string', value: 'N', help: 'number of runs, from 1 to 10000000 (default 1000)' } as const;
/** `--csv DIR` of run and resume: the run's tables, from its JSON result (issue 14). */
const CSV_DIR = {
  type: 'string',
  value: 'DIR',
  help: [
    'also write spreadsheet tables with a header row to DIR: items.csv, ballots.csv (one row',
    'per candidate, or per yes/no, per ballot) and votes.csv (recorded votes per member;',
    'secret ballots give counts only), from the JSON result, which stays the source of',
    'truth. DIR must be new or empty (exit 4 otherwise); each file is created exclusively',
  ].join('\n'),
} as const;
const WORKERS = { type: 'string', value: 'K', help: 'worker threads, from 1 to 64 (default: the number of cores, at most 8; above the number of cores it is lowered to it, with a note)' } as const;

export const RUN = {
  name: 'run',
  summary: 'run a whole session headless and print its minutes (Markdown)',
  args: { usage: '[scenario]', max: 1 },
  intro: [
    [
      'Runs every day, item and election of the scenario through the session machine: the chair follows',
      'the rules of procedure, the voters follow the scenario (scripted results, else its behaviour model).',
      'The scenario defaults to scenarios/marrakech-2025.yaml; the seed to the scenario\'s own.',
    ].join('\n'),
  ],
  options: {
    seed: { ...SEED, help: 'seed of the run (same scenario and seed, same bytes out), from 0 to 4294967295' },
    json: { type: 'boolean', help: 'print the machine-readable result instead (schema: gasim schema --result)' },
    journal: { type: 'string', value: 'FILE', help: 'also write the event journal (JSON Lines), for `gasim resume` and `gasim tui --resume`;\nlocked (FILE.lock) while the run writes it' },
    csv: CSV_DIR,
    force: { type: 'boolean', help: 'overwrite FILE, or the tables in a non-empty DIR' },
  },
} as const satisfies CommandSpec;

export const SWEEP = {
  name: 'sweep',
  summary: 'Monte Carlo: many seeded runs summarised as probabilities',
  args: { usage: '<scenario>', max: 1 },
  intro: [
    [
      'Runs the scenario N times (run i uses a seed derived from S and i) over K worker threads and prints,',
      'per seat, every nominee\'s probability of winning with a 95% Wilson interval (those who never win too),',
      'the probability that the seat is held but vacant and that it is not held (and why), lots, the number of',
      'ballots, and each candidate\'s share of the votes expressed on the decisive ballot (quantiles and a',
      'histogram); then how often each question is put and adopted. Names in the text; ids and names in JSON',
      'and CSV. A progress bar with rate and ETA goes to stderr when it is a terminal. Workers add integer',
      'counts, so the same seed gives the same summary whatever the number of workers.',
    ].join('\n'),
  ],
  options: {
    runs: RUNS_1000,
    workers: WORKERS,
    seed: { ...SEED, value: 'S', help: 'seed of the sweep, from 0 to 4294967295 (default: the scenario\'s seed)' },
    json: { type: 'boolean', help: 'print the summary as JSON' },
    csv: { type: 'boolean', help: 'print the summary as one tidy CSV table (see the README, Sweep summary)' },
    vary: {
      type: 'string',
      value: 'PATH=VALUES',
      multiple: true,
      help: [
        'sweep a grid: every combination of the settings given (repeat the flag); VALUES is a',
        'list (0.7,0.8,0.9 or drop-lowest,top-two) or a range from:to:step (0.70:0.95:0.05); PATH is',
        'a setting of the scenario: voting.model.turnout, voting.model.candidates.appeal.tanaka,',
        'voting.model.blocs.eu.cohesion (a list element by its id), rules.elections.elimination, …',
      ].join('\n'),
    },
    grid: { type: 'string', value: 'FILE', help: 'the same from a file: format: gasim/grid@1, then grid: with one PATH: VALUES per line' },
    shard: { type: 'string', value: 'i/n', help: 'run only the i-th of n parts of the runs and print an exact partial (JSON) for gasim merge' },
    'runs-out': {
      type: 'string',
      value: 'FILE',
      help: 'also write one row per run (seed, each seat\'s status, winner and ballots, each\nquestion\'s decision and counts) as FILE.csv or FILE.parquet, streamed',
    },
    'keep-going': {
      type: 'boolean',
      help: 'a run that fails (e.g. a session that does not end) is left out of the counts and listed\nwith its seed after the summary, and the sweep goes on; without it the sweep stops\nat the first failed run (exit 2) naming its seed and `gasim run … --seed N`',
    },
    force: { type: 'boolean', help: 'let --runs-out replace an existing file' },
  },
  outro: [
    [
      'A grid prints, per seat, one bar per point (each candidate\'s letter over its share of the runs) and',
      'the adoption of each question at each point; --json and --csv give one tidy table (point, settings,',
      'outcome, probability, interval, runs). Every point runs the same seeds. --json and --csv exclude each other.',
    ].join('\n'),
  ],
} as const satisfies CommandSpec;

export const COMPARE = {
  name: 'compare',
  summary: 'paired comparison of two variants on the same seeds, with paired intervals',
  args: { usage: '<a> [<b>]', max: 2 },
  intro: [
    [
      'Runs variant A and variant B N times each on the same seeds (common random numbers: every ballot draws',
      'the same random numbers under both), and prints for every outcome (each candidate winning each seat,',
      'vacant, not held, lots, mean ballots, each question put and adopted) A, B and B − A with a paired 95%',
      'interval (Newcombe\'s for probabilities); ◆ marks an interval that excludes zero.',
    ].join('\n'),
    [
      'B is a second scenario, or a rules file (format: gasim/rules@1) applied to A\'s scenario, or A itself;',
      'then each --set PATH=VALUE changes one setting of B (the paths of sweep --vary).',
    ].join('\n'),
  ],
  options: {
    set: { type: 'string', value: 'PATH=VALUE', multiple: true, help: 'change one setting of B (repeat the flag)' },
    runs: { ...RUNS_1000, help: 'runs of each variant, from 1 to 10000000 (default 1000)' },
    seed: { ...SEED, value: 'S', help: 'seed of run 0, from 0 to 4294967295 (default: A\'s seed)' },
    workers: WORKERS,
    json: { type: 'boolean', help: 'print the comparison as JSON' },
    csv: { type: 'boolean', help: 'print the comparison as one tidy CSV table' },
  },
} as const satisfies CommandSpec;

export const CALIBRATE = {
  name: 'calibrate',
  summary: 'fit behaviour settings (appeal, turnout, cohesion …) to published ballot counts',
  args: { usage: '<scenario>', max: 1 },
  intro: [
    [
      'Fits the settings listed under fit: in the observed file (and any --fit PATH) so that the behaviour',
      'model\'s expected counts on the published ballots match them: the method of simulated moments (the',
      'ballots as the session asks them in a run with --seed, each drawn R times per trial setting on the same',
      'random numbers), minimised by Levenberg–Marquardt. Prints each fitted value with a 95% interval, the',
      'observed and fitted counts, and a χ² goodness of fit; --out writes the scenario with the fitted values.',
    ].join('\n'),
    [
      'The observed file: format: gasim/observed@1; ballots: a list of { item, seat, ballot, counts: {id: n},',
      'abstain, invalid }; fit: a list of setting paths (as for sweep --vary). Appeals only matter relative to',
      'each other: fit all but one candidate\'s.',
    ].join('\n'),
  ],
  options: {
    observed: { type: 'string', value: 'FILE', required: true, help: 'the published counts (format: gasim/observed@1)' },
    fit: { type: 'string', value: 'PATH', multiple: true, help: 'also fit this setting (repeat the flag)' },
    draws: { type: 'string', value: 'R', help: 'draws of each ballot per trial setting, from 1 to 100000 (default 2000)' },
    seed: { ...SEED, value: 'S' },
    out: { type: 'string', value: 'FILE', help: 'write the fitted scenario (never overwritten without --force)' },
    force: FORCE,
    json: { type: 'boolean', help: 'print the result as JSON' },
  },
} as const satisfies CommandSpec;

export const MERGE = {
  name: 'merge',
  summary: 'combine the partials of a sharded sweep into the summary one machine would print',
  args: { usage: 'PARTIAL...', max: Number.POSITIVE_INFINITY },
  intro: [
    [
      'Reads the partials written by `gasim sweep … --shard i/n` (one per shard, any order) and prints the',
      'sweep\'s (or grid\'s) summary, byte for byte what `gasim sweep` without --shard prints with the same',
      'flags. Refuses partials of different scenarios (by sha256), seeds, runs, grids or gasim versions, and',
      'a missing or repeated shard.',
    ].join('\n'),
  ],
  options: {
    json: { type: 'boolean', help: 'as for gasim sweep' },
    csv: { type: 'boolean', help: 'as for gasim sweep' },
  },
} as const satisfies CommandSpec;

export const REPORT = {
  name: 'report',
  summary: 'write the HTML report of a run or a sweep (tables and charts, one self-contained file)',
  args: { usage: '<run.json|sweep.json>', max: 1 },
  intro: [
    [
      'Reads the JSON of `gasim run --json` (the minutes with tables, each election ballot by ballot as a chart)',
      'or of `gasim sweep --json` (win probabilities with 95% intervals, ballots per election, adoption of each',
      'question) and writes one HTML file that opens offline in any browser: charts are drawn into the page as',
      'SVG when it is made, each with a text alternative and its data table; the page runs no script.',
    ].join('\n'),
  ],
  options: {
    out: { type: 'string', value: 'FILE', required: true, help: 'the HTML file to write (required); an existing file is kept unless --force (exit 4)' },
    force: { type: 'boolean', help: 'replace FILE if it exists' },
  },
  outro: [
    [
      'Example: gasim run scenarios/marrakech-2025.yaml --json > run.json && gasim report run.json --out run.html',
      'Exit codes: 2 for a file that is not a run or sweep result (the message says where), 4 if FILE exists.',
    ].join('\n'),
  ],
} as const satisfies CommandSpec;

export const TUI = {
  name: 'tui',
  summary: 'step through the session day by day in the terminal UI',
  args: { usage: '[scenario]', max: 1 },
  intro: [
    [
      'Opens the session (default scenarios/marrakech-2025.yaml) in the terminal. Keys: → step, ⏎ end of item,',
      'd end of day, N next day, b back, j jump to an item, v per-member votes, / search a member, s save the',
      'journal, ? help, q quit. Needs an interactive terminal of at least 80×24; without a terminal it exits 5',
      'and suggests `gasim run`.',
    ].join('\n'),
  ],
  options: {
    seed: SEED,
    resume: { type: 'string', value: 'FILE', help: 'continue a saved journal (its scenario and seed come from the journal)' },
    journal: { type: 'string', value: 'FILE', help: 'where `s` saves the journal (default <scenario-id>-seed<N>.journal.jsonl);\nthis file and the --resume one are locked (FILE.lock) while the TUI runs' },
    force: { type: 'boolean', help: 'let `s` overwrite an existing journal file (without it, `s` offers to save as another file)' },
  },
  outro: ['NO_COLOR=1 turns colours off; symbols and words carry every meaning.'],
} as const satisfies CommandSpec;

export const MEMBERS = {
  name: 'members',
  summary: 'list the 196 INTERPOL member countries',
  args: { usage: '', max: 0 },
  options: {
    region: { type: 'string', value: 'R', help: 'only the members of one ExCo region: africa, americas, asia or europe' },
    'as-of': { type: 'string', value: 'YEAR', help: 'the members when the session of that year opened (2008 or later; members.md §2.5)' },
    json: { type: 'boolean', help: 'print the full rows as a JSON array' },
  },
  outro: ['Contribution bands are a proxy from the UN scale of assessments 2025–2027, not INTERPOL figures.'],
} as const satisfies CommandSpec;

export const VALIDATE = {
  name: 'validate',
  summary: 'check scenario files (shape, then cross-references)',
  args: { usage: '<file>...', max: Number.POSITIVE_INFINITY },
  intro: [
    [
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
  ],
  options: {},
} as const satisfies CommandSpec;

export const CHECK = {
  name: 'check',
  summary: 'property-test a rule set against the voting axioms',
  args: { usage: '<scenario-or-rules-file>', max: 1 },
  intro: [
    [
      'The file is a scenario (its rules: are checked) or a rules file: `format: gasim/rules@1` and any',
      'rule-set settings. Every axiom (or the one named by --axiom) runs --runs times from --seed, so a check',
      'is deterministic. Prints a table: axiom, held or broken, runs, time. For each broken axiom the shrunk',
      'counterexample is written as a scenario in --out that `gasim run` replays, with the command that',
      'reproduces it (--replay SEED:PATH runs just the failing case again).',
    ].join('\n'),
  ],
  options: {
    runs: { type: 'string', value: 'N', help: 'runs of each axiom, from 1 to 1000000 (default 200)' },
    seed: { type: 'string', value: 'S', help: 'fast-check seed, from 0 to 4294967295 (default 1)' },
    axiom: { type: 'string', value: 'NAME', help: 'check only this axiom' },
    replay: { type: 'string', value: 'SEED:PATH', help: 'replay one counterexample: the seed and path printed by a broken axiom (needs --axiom)' },
    out: { type: 'string', value: 'DIR', help: 'where counterexamples are written (default ./counterexamples/)' },
    force: { type: 'boolean', help: 'overwrite counterexample files that differ from the new ones' },
  },
  outro: [
    [
      'Exit codes: 0 every axiom holds, 1 some axiom is broken, 2 bad input, 4 a counterexample file exists',
      'with other content (pass --force to overwrite). Rerunning a check that writes the same counterexample',
      'again exits 1, not 4.',
    ].join('\n'),
  ],
} as const satisfies CommandSpec;

export const SCHEMA = {
  name: 'schema',
  summary: 'print the JSON Schema of scenario files (or of run results with --result)',
  args: { usage: '', max: 0 },
  options: { result: { type: 'boolean', help: 'the schema of `gasim run --json` results instead' } },
  outro: ['The same schema is committed as scenarios/scenario.schema.json; each scenario points to it on its first line.'],
} as const satisfies CommandSpec;

export const RESUME = {
  name: 'resume',
  summary: 'replay a session journal and run the session to its end',
  args: { usage: '<journal>', max: 1 },
  intro: [
    [
      'Reads the journal (gasim/journal@2: a header line, then one JSON line per accepted event, each with a',
      'hash chained to the line before), refuses a broken chain at its line, loads the scenario named in its',
      "header (or --scenario FILE), checks the scenario's sha256 against the header, checks every event",
      "against the scenario (methods, items, candidates) and every drawn ballot against the header's seed,",
      'replays the events and runs the rest of the session headless (the autopilot chairs; a deterministic',
      'voter votes), appending every new event to the journal, then prints the minutes of the whole session',
      '(Markdown, as `gasim run` does) or, with --json, the machine-readable result.',
    ].join('\n'),
    [
      'A torn last line (the event in flight when a run was killed) is reported on stderr and dropped.',
      'A journal of the previous format (gasim/journal@1, no chain) is continued only with --journal-out,',
      'into a new chained journal; appending to it is refused.',
      'The journal written is locked (FILE.lock, holding the process id) until the run ends: a second',
      'process gets exit 2; a lock left by a process that has ended is taken over with a note.',
    ].join('\n'),
  ],
  options: {
    scenario: { type: 'string', value: 'FILE', help: 'the scenario file, if it has moved since the journal was written' },
    'journal-out': { type: 'string', value: 'FILE', help: 'write the whole journal to a new file instead of appending' },
    force: { type: 'boolean', help: 'with --journal-out, replace an existing file; with --csv, the tables in a non-empty DIR' },
    json: { type: 'boolean', help: 'print the result as JSON (schema: gasim schema --result) instead of the minutes' },
    csv: CSV_DIR,
  },
  outro: [
    [
      'Exit codes: 2 for an unreadable journal, a scenario that does not match its hash, or a journal in',
      'use by another process; 4 if --journal-out exists and --force was not given.',
    ].join('\n'),
  ],
} as const satisfies CommandSpec;

export const VERIFY = {
  name: 'verify',
  summary: 'check a journal: its hash chain, its events against the scenario, and a recount of every ballot',
  args: { usage: '<journal>', max: 1 },
  intro: [
    [
      'Checks a session journal (gasim/journal@2) as a trainer or an analyst receives it:',
      '  1. the hash chain: every line carries the SHA-256 of its text chained to the line before, the header',
      '     to the scenario\'s hash and the seed; an edited, inserted, removed or moved line is named by its number;',
      '  2. the scenario: the file named in the header (or --scenario FILE) must have the header\'s sha256;',
      '  3. the events: each is accepted by the session, every vote is put by the method the scenario gives it,',
      '     and every ballot the voters drew is the one the header\'s seed draws;',
      '  4. a recount of every ballot from the journal\'s own figures (the papers of recorded votes, the tellers\'',
      '     counts of secret ballots and shows of hands) by a tally written apart from the session\'s (src/audit),',
      '     printed as one line per ballot: recounted = recorded, or what differs. Secret ballots are recounted',
      '     from counts only; no member\'s choice is printed.',
      'The chain shows that the journal was not edited after it was written; it does not show who wrote it,',
      'nor that lines were not cut off its end (the report says whether the session reached its close).',
      'A journal of the previous format (gasim/journal@1, no chain) is checked too and reported UNVERIFIABLE.',
    ].join('\n'),
  ],
  options: {
    scenario: { type: 'string', value: 'FILE', help: 'the scenario file, if it is not where the header says' },
    json: { type: 'boolean', help: 'print the report as JSON (chain, problem, ballots with both counts, verdict)' },
  },
  outro: [
    [
      'Exit codes: 0 verified; 1 not verified (the chain is broken, a line is cut short, an event contradicts',
      'the scenario or the seed, a recount differs) or unverifiable (format @1); 2 for a file that is not a',
      'journal, or a scenario that cannot be read or does not match the header\'s hash.',
    ].join('\n'),
  ],
} as const satisfies CommandSpec;

export const DIAGRAM = {
  name: 'diagram',
  summary: 'print the session statechart as a Mermaid state diagram, or as SVG',
  args: { usage: '', max: 0 },
  intro: [
    [
      'Prints a Mermaid stateDiagram-v2 generated from the machine definition, for training material:',
      'nested states as composite states, guarded transitions as `event [guard]`, transitions with the',
      'same ends on one arrow. Mermaid draws no transition between substates of different composite',
      'states, so such a transition is drawn between their ancestors in one composite state and its',
      'label names the substates, e.g. "(from floor)". Mermaid has no history state: a transition back',
      'to the substate last active ends at its composite state marked "→ H", and a note says so.',
      'Events that a state rejects leave it unchanged and are not drawn.',
    ].join('\n'),
    'Render it with any Mermaid viewer, e.g.: gasim diagram > session.mmd',
  ],
  options: {
    format: {
      type: 'string',
      value: 'F',
      help: [
        'mermaid (default), or svg: the diagram rendered by Mermaid itself in the system\'s',
        'headless Chromium, offline (needs the optional packages mermaid and playwright-core,',
        'and Chromium at /usr/bin/chromium or GASIM_CHROMIUM): gasim diagram --format svg > s.svg',
      ].join('\n'),
    },
  },
  outro: ['Exit codes: 0 printed; 2 for a bad option, or --format svg without Chromium or the optional packages.'],
} as const satisfies CommandSpec;

export const TRAIN = {
  name: 'train',
  summary: 'training mode: take the decisions of one role while the session runs, with feedback',
  args: { usage: '[scenario]', max: 1 },
  intro: [
    [
      'Runs the session (default scenarios/marrakech-2025.yaml) in the terminal UI and, at each decision point',
      'of the role, stops and asks: the majority and the votes needed, the quorum, who may vote, whether a',
      'nomination is valid, the result to announce, the next step, which motion comes first. The ballot panel',
      'hides the decision until you answer. Every answer is scored at once with the rule, its citation and the',
      'arithmetic; a wrong answer never derails the session, and there is no going back (answers are final).',
      'Incidents come from the scenario\'s `training:` block (see scenarios/training-incidents.yaml). The',
      'debrief (score by topic, mistakes, time per decision) is shown at the end and printed on quit.',
    ].join('\n'),
  ],
  options: {
    role: { type: 'string', value: 'R', help: 'chair (default), secretariat or elections-board' },
    seed: { ...SEED, help: 'seed of the run; the same seed asks the same questions, so scores compare across runs' },
    report: { type: 'string', value: 'FILE', help: 'write the debrief as Markdown; an existing file is kept unless --force (exit 4)' },
    force: { type: 'boolean', help: 'overwrite the report (and let `s` overwrite the journal)' },
    answers: {
      type: 'string',
      value: 'FILE',
      help: 'headless: one answer per line (a choice key or its number, or a number); when the\nanswers run out the remaining questions count as unanswered',
    },
  },
  outro: ['Without a terminal and without --answers it exits 5.'],
} as const satisfies CommandSpec;

export const DRILL = {
  name: 'drill',
  summary: 'practise decisions on generated situations, with feedback and a debrief',
  args: { usage: '', max: 0 },
  options: {
    count: { type: 'string', value: 'N', help: 'number of questions, from 1 to 1000 (default 20)' },
    topic: { type: 'string', value: 'T', help: 'majorities, elections, eligibility or motions (default: all in turn)' },
    seed: { type: 'string', value: 'N', help: 'the same seed gives the same questions, so scores compare across runs (default 1)' },
    report: { type: 'string', value: 'FILE', help: 'write the debrief as Markdown; an existing file is kept unless --force (exit 4)' },
    force: { type: 'boolean', help: 'overwrite the report' },
    answers: { type: 'string', value: 'FILE', help: 'read one answer per line instead of asking (a choice key or its number, or a number)' },
  },
  outro: [
    [
      'In a terminal each question is asked with ↑↓/1–9 or by typing a number; piped stdin lines are',
      'read as answers. A wrong answer shows the rule, its citation and the arithmetic, and the drill goes on.',
    ].join('\n'),
  ],
} as const satisfies CommandSpec;

/** In the order `gasim --help` lists them. */
export const SPECS: readonly CommandSpec[] = [RUN, SWEEP, COMPARE, CALIBRATE, MERGE, REPORT, TUI, MEMBERS, VALIDATE, CHECK, SCHEMA, RESUME, VERIFY, DIAGRAM, TRAIN, DRILL];
