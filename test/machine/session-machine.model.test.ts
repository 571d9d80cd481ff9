import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJournal, journalHeader, parseJournal, replay } from '../../src/journal/journal.js';
import { createEngine } from '../../src/machine/session-driver.js';
import { createSession } from '../../src/sim/session.js';
import { createSessionSetup } from '../../src/scenario/session-setup.js';
import { AppealCommand } from './model/AppealCommand.js';
import { CastBallotCommand } from './model/CastBallotCommand.js';
import { CastVoteCommand } from './model/CastVoteCommand.js';
import { ChairCommand } from './model/ChairCommand.js';
import { MoveMotionCommand } from './model/MoveMotionCommand.js';
import { NextStepCommand } from './model/NextStepCommand.js';
import { ObjectToConsensusCommand } from './model/ObjectToConsensusCommand.js';
import { PointOfOrderCommand } from './model/PointOfOrderCommand.js';
import { ReportCountCommand } from './model/ReportCountCommand.js';
import { WithdrawCandidateCommand } from './model/WithdrawCandidateCommand.js';
import { sessionCommands } from './model/session-commands.js';
import { loadScenarioFile } from './support/scenarios.js';

const fixture = loadScenarioFile('test/fixtures/scenarios/small-session.yaml');
const setup = createSessionSetup(fixture.scenario);

describe('session machine against a model (fc.commands)', () => {
  it('never throws, refuses illegal events with a code, conserves votes, and replays its journal exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), sessionCommands({ maxCommands: 40 }), (seed, commands) => {
        const real = { session: createSession(createEngine(setup), seed) };
        fc.modelRun(() => ({ model: { accepted: 0, rejected: 0 }, real }), commands);
        const header = journalHeader({ version: 'test', scenarioId: fixture.scenario.id, scenarioFile: fixture.file, scenarioText: fixture.text, seed });
        const parsed = parseJournal(formatJournal(header, real.session.events));
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        const replayed = replay(setup, parsed.value.header.seed, parsed.value.events);
        expect(replayed.value).toEqual(real.session.snapshot.value);
        // rejected events are not journalled, so the replay has none to count
        expect({ ...replayed.context, lastRejection: null, rejections: 0 }).toEqual({ ...real.session.snapshot.context, lastRejection: null, rejections: 0 });
      }),
      { numRuns: 1000 },
    );
  });

  it('prints a shrunk counterexample as a readable script', () => {
    const script = [new NextStepCommand(), new CastVoteCommand('FRA', 'yes'), new CastBallotCommand(3, 'no', false), new ReportCountCommand([1, 2], 0)];
    const more = [new MoveMotionCommand('MMR', 'suspend'), new PointOfOrderCommand(true), new AppealCommand(), new ObjectToConsensusCommand()];
    const last = [new WithdrawCandidateCommand('weber'), new ChairCommand({ type: 'chair.closeBallot' })];
    expect([...script, ...more, ...last].map(String)).toMatchInlineSnapshot(`
      [
        "nextStep()",
        "castVote(FRA, yes)",
        "castBallot(3, no)",
        "reportCount([1, 2], abstain 0)",
        "moveMotion(MMR, suspend)",
        "raisePointOfOrder(aboutVoting: true)",
        "appeal()",
        "objectToConsensus()",
        "withdrawCandidate(weber)",
        "{"type":"chair.closeBallot"}",
      ]
    `);
  });
});
