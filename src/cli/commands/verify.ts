import { auditBallot, ballotLine, type BallotAudit } from '../../audit/audit-ballot.js';
import { parseJournal, type JournalProblem, type ParsedJournal } from '../../journal/journal.js';
import { createSessionSetup } from '../../scenario/session-setup.js';
import { replayAgainstScenario, type JournalContradiction } from '../../sim/journal-check.js';
import { createVoter } from '../../sim/voter.js';
import type { CommandModule } from '../command.js';
import { parseCommandLine, usageOf } from '../command-spec.js';
import { VERIFY } from './specs.js';
import { ExitCode, UserError, type ExitCodeValue } from '../errors.js';
import { ballotCollector } from '../verify/journal-ballots.js';
import { loadJournalScenario, readJournalBytes } from './resume.js';
import { compileBehaviour } from '../../sim/behaviour/index.js';


/** What `gasim verify` found, in the shape `--json` prints. */
export interface VerifyReport {
  readonly journal: string;
  readonly format: string;
  /** whole: every line chained; unchained: format @1, nothing to check; broken: see `problem`. */
  readonly chain: 'whole' | 'unchained' | 'broken';
  readonly lines: number;
  readonly seed: number;
  readonly scenarioFile: string;
  /** The first problem found (a break in the chain, a torn line, an event contradicting the scenario or the seed), or null. */
  readonly problem: (JournalProblem | JournalContradiction) | null;
  /** Whether the session reached its close (a journal cut at its end still chains: see the README). */
  readonly sessionClosed: boolean;
  readonly ballots: readonly BallotAudit[];
  readonly verdict: 'verified' | 'unverifiable' | 'not-verified';
}

const badHeader = (p: JournalProblem) => p.line === 1 && (p.code === 'journal/bad-header' || p.code === 'journal/no-header' || p.code === 'journal/too-long');

function notVerified(file: string, problem: JournalProblem): VerifyReport {
  return { journal: file, format: 'unknown', chain: 'broken', lines: 0, seed: 0, scenarioFile: '', problem, sessionClosed: false, ballots: [], verdict: 'not-verified' };
}

/** Checks a journal: its chain, its events against the scenario and the seed, the replay, and a recount of every ballot. */
export async function verifyJournal(file: string, scenarioOption: string | undefined, io: Parameters<CommandModule['run']>[1]): Promise<VerifyReport> {
  const text = readJournalBytes(file, io).toString('utf8');
  const parsed = parseJournal(text);
  if (!parsed.ok) {
    const first = parsed.problems[0]!;
    if (badHeader(first)) throw new UserError(`${file}:${first.line}: ${first.message} [${first.code}]`, { hint: 'give a journal written by gasim run --journal, gasim resume or the TUI (s)' });
    return notVerified(file, first);
  }
  const journal: ParsedJournal = parsed.value;
  const scenarioFile = scenarioOption ?? journal.header.scenarioFile;
  const { scenario } = await loadJournalScenario(scenarioFile, journal.header.scenarioHash, io);
  const collector = ballotCollector();
  const replayed = replayAgainstScenario(createSessionSetup(scenario), journal.header.seed, journal.events, createVoter(compileBehaviour(scenario), journal.header.seed), { observe: collector.observe });
  const torn: JournalProblem | null = journal.torn ? { line: journal.tornLine!, code: 'journal/torn', message: `line ${journal.tornLine} is cut short (the line in flight when a run stopped); the lines before it were checked` } : null;
  const problem = (replayed.ok ? null : replayed.problem) ?? torn;
  const ballots = collector.ballots.map(auditBallot);
  const verdict = problem !== null || ballots.some((b) => !b.equal) ? 'not-verified' : journal.chained ? 'verified' : 'unverifiable';
  return {
    journal: file,
    format: journal.header.format,
    chain: journal.chained ? 'whole' : 'unchained',
    lines: journal.events.length + 1,
    seed: journal.header.seed,
    scenarioFile,
    problem,
    sessionClosed: replayed.ok && replayed.session.snapshot.hasTag('closed'),
    ballots,
    verdict,
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function chainWords(r: VerifyReport): string {
  if (r.chain === 'broken') return 'broken (see the verdict)';
  if (r.chain === 'unchained') return `none: the journal is in the previous format ${r.format}, which has no hash chain, so nothing shows it was not edited`;
  return `whole: ${plural(r.lines, 'line', 'lines')}, each chained to the one before, the header to the scenario's hash and seed ${r.seed} (${r.format})`;
}

function verdictWords(r: VerifyReport): string {
  const differing = r.ballots.filter((b) => !b.equal).length;
  const reasons = [
    ...(r.problem ? [r.problem.message.includes(`line ${r.problem.line}`) ? r.problem.message : `line ${r.problem.line}: ${r.problem.message}`] : []),
    ...(differing > 0 ? [`${plural(differing, 'ballot does', 'ballots do')} not recount to the recorded result`] : []),
  ];
  const open = r.sessionClosed ? '' : ` The session was not closed: the journal ends before the close (an interrupted run, or lines cut off the end, which a chain cannot show).`;
  if (r.verdict === 'not-verified') return `NOT VERIFIED: ${reasons.join('; ')}.`;
  const recounted = `every event agrees with the scenario and seed ${r.seed}, the session replays, and ${r.ballots.length === 1 ? 'the ballot recounts' : `all ${r.ballots.length} ballots recount`} equal to the record.`;
  if (r.verdict === 'unverifiable') return `UNVERIFIABLE: ${recounted.charAt(0).toUpperCase()}${recounted.slice(1)} But the journal has no hash chain (${r.format}), so it may have been edited.${open}`;
  return `VERIFIED: the journal is unchanged since it was written, ${recounted}${open}`;
}

/** The report in words a person reads: names and figures, never ids; secret ballots as counts only. */
export function renderVerifyReport(r: VerifyReport): string {
  const lines = [`Journal ${r.journal}`];
  if (r.format !== 'unknown') {
    lines.push(`Hash chain: ${chainWords(r)}`, `Scenario: ${r.scenarioFile} (its sha256 is the one in the header)`);
    lines.push(`Ballots: ${r.ballots.length}, recounted from the journal's papers (recorded votes) and the tellers' counts (secret ballots, shows of hands)`);
    for (const b of r.ballots) lines.push(`  ${ballotLine(b)}`);
  }
  lines.push(`Verdict: ${verdictWords(r)}`);
  return lines.join('\n') + '\n';
}

/** `gasim verify <journal> [--scenario FILE] [--json]`: exit 0 when everything checks, 1 when not, 2 on bad input. */
export const run: CommandModule['run'] = async (argv, io): Promise<ExitCodeValue> => {
  const { values, positionals } = parseCommandLine(VERIFY, argv);
  if (positionals.length !== 1) throw new UserError('verify needs exactly one journal file', { hint: `gasim ${usageOf(VERIFY)}` });
  const report = await verifyJournal(positionals[0]!, values.scenario, io);
  io.stdout.write(values.json ? JSON.stringify(report, null, 2) + '\n' : renderVerifyReport(report));
  return report.verdict === 'verified' ? ExitCode.ok : ExitCode.notVerified;
};
