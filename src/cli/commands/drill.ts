import { existsSync, writeFileSync } from 'node:fs';
import { rawStream } from '../safe-stream.js';
import { readAnswersFile } from '../read-input-file.js';
import { resolve } from 'node:path';
import type { CommandIo, CommandModule } from '../command.js';
import { parseCommandLine, usageOf } from '../command-spec.js';
import { ExitCode, UserError } from '../errors.js';
import { DRILL } from './specs.js';
import { outputPath, writeOutputFile } from '../write-output.js';
import { buildDebrief } from '../../training/debrief.js';
import { DRILL_TOPICS, generateDrill, type DrillTopic } from '../../training/drill.js';
import type { Question } from '../../training/question.js';
import { renderDebriefMarkdown, renderDebriefText } from '../../training/render-debrief.js';
import { scoreAnswer, type ScoredAnswer } from '../../training/score.js';
import { formatQuestion } from '../../training/question-text.js';
import { readLines } from '../read-lines.js';

const USAGE = `gasim ${usageOf(DRILL)}`;

function integer(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) throw new UserError(`--${name} must be a whole number from ${min} to ${max}, got '${value}'`, { hint: USAGE });
  return Number(value);
}

/** At most this many drill questions in one go (issue 18: `--count 99999999999999999999` used to hang). */
export const MAX_DRILL_COUNT = 1000;

function parse(argv: readonly string[]) {
  const { values } = parseCommandLine(DRILL, argv);
  const topic = values.topic;
  if (topic !== undefined && !DRILL_TOPICS.includes(topic as DrillTopic)) {
    throw new UserError(`unknown topic '${topic}'`, { hint: `the topics are: ${DRILL_TOPICS.join(', ')}` });
  }
  return { count: integer(values.count, 'count', 20, 1, MAX_DRILL_COUNT), seed: integer(values.seed, 'seed', 1, 0, 2 ** 32 - 1), topic: topic as DrillTopic | undefined, report: outputPath('--report', values.report), force: values.force === true, answers: values.answers };
}

/** Scripted answers (a file or piped lines): each question, the answer given and the feedback. */
function runScripted(questions: readonly Question[], lines: readonly string[], io: CommandIo): ScoredAnswer[] {
  return questions.map((q, i) => {
    const raw = lines[i] ?? '';
    const scored = scoreAnswer(q, raw, 0);
    io.stdout.write(`${formatQuestion(q, i, questions.length)}> ${raw.trim()}\n${scored.feedback}\n\n`);
    return scored;
  });
}

async function runInteractive(questions: readonly Question[], io: CommandIo): Promise<readonly ScoredAnswer[]> {
  const [{ render }, { createElement }, { DrillApp }] = await Promise.all([import('ink'), import('react'), import('../../ui/training/DrillApp.js')]);
  let answers: readonly ScoredAnswer[] = [];
  const width = Math.min(io.stdout.columns ?? 80, 100);
  const app = render(createElement(DrillApp, { questions, now: () => performance.now(), onFinish: (a) => (answers = a), width }), {
    stdout: rawStream(io.stdout),
    stdin: io.stdin as NodeJS.ReadStream,
  });
  await app.waitUntilExit();
  return answers;
}

async function writeReport(path: string, name: string, text: string, force: boolean): Promise<void> {
  await writeOutputFile(path, name, text, { force, what: 'a debrief' });
}

/** `gasim drill`: short exercises from generated situations, with feedback and a debrief. */
export const run: CommandModule['run'] = async (argv, io) => {
  const options = parse(argv);
  const reportPath = options.report === undefined ? undefined : resolve(io.cwd, options.report);
  if (reportPath !== undefined && existsSync(reportPath) && !options.force) {
    throw new UserError(`${options.report} exists; not overwriting it`, { exitCode: ExitCode.refusedOverwrite, hint: 'add --force to replace it, or choose another --report file' });
  }
  const questions = generateDrill({ count: options.count, seed: options.seed, ...(options.topic ? { topic: options.topic } : {}) });
  let answers: readonly ScoredAnswer[];
  if (options.answers !== undefined) {
    answers = runScripted(questions, readAnswersFile(io, options.answers), io);
  } else if (io.stdin.isTTY !== true) {
    answers = runScripted(questions, await readLines(io.stdin), io);
  } else {
    answers = await runInteractive(questions, io);
  }
  const debrief = buildDebrief(questions, answers);
  io.stdout.write(renderDebriefText(debrief));
  if (reportPath !== undefined) {
    // 'wx' also refuses a file created while the drill ran
    const title = `gasim drill debrief (seed ${options.seed}, ${options.count} questions${options.topic ? `, ${options.topic}` : ''})`;
    await writeReport(reportPath, options.report!, renderDebriefMarkdown(debrief, title), options.force);
    io.stdout.write(`Report written to ${options.report}\n`);
  }
  return ExitCode.ok;
};
