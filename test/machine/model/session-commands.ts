import fc from 'fast-check';
import type { ChairEvent, MotionKind } from '../../../src/machine/events.js';
import { AppealCommand } from './AppealCommand.js';
import { CastBallotCommand } from './CastBallotCommand.js';
import { CastVoteCommand } from './CastVoteCommand.js';
import { ChairCommand } from './ChairCommand.js';
import { MoveMotionCommand } from './MoveMotionCommand.js';
import { NextStepCommand } from './NextStepCommand.js';
import { ObjectToConsensusCommand } from './ObjectToConsensusCommand.js';
import { PointOfOrderCommand } from './PointOfOrderCommand.js';
import { ReportCountCommand } from './ReportCountCommand.js';
import { WithdrawCandidateCommand } from './WithdrawCandidateCommand.js';

const member = fc.constantFrom('FRA', 'DEU', 'MMR', 'VEN', 'XXX');
const choice = fc.constantFrom('yes' as const, 'no' as const, 'abstain' as const);
const motion = fc.constantFrom<MotionKind>('suspend', 'adjourn-sitting', 'adjourn-debate', 'close-debate');
const chairEvent = fc.constantFrom<ChairEvent>(
  { type: 'chair.openSession' },
  { type: 'chair.openItem' },
  { type: 'chair.putToVote' },
  { type: 'chair.putToVote', method: 'consensus' },
  { type: 'chair.putToVote', method: 'secret' },
  { type: 'chair.closeBallot' },
  { type: 'chair.closeItem' },
  { type: 'chair.putMotion' },
  { type: 'chair.resumeSitting' },
  { type: 'chair.ruleOnPointOfOrder', ruling: 'rejected' },
  { type: 'chair.decideCredentials', member: 'VEN', ruling: 'accepted' },
  { type: 'chair.adjournDay' },
  { type: 'chair.openDay' },
  { type: 'chair.closeSession' },
);

/** Random legal and illegal events; the proper next step is weighted so that sessions get far. */
export function sessionCommands(options: { maxCommands: number }) {
  const next = fc.constant(new NextStepCommand());
  return fc.commands(
    [
      next,
      next,
      next,
      next,
      next,
      next,
      fc.tuple(member, choice).map(([m, c]) => new CastVoteCommand(m, c)),
      fc.tuple(fc.integer({ min: 0, max: 200 }), choice, fc.boolean()).map(([n, c, o]) => new CastBallotCommand(n, c, o)),
      fc.tuple(fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 20 })).map(([s, a]) => new ReportCountCommand(s, a)),
      fc.tuple(member, motion).map(([m, k]) => new MoveMotionCommand(m, k)),
      fc.boolean().map((b) => new PointOfOrderCommand(b)),
      fc.constant(new AppealCommand()),
      fc.constant(new ObjectToConsensusCommand()),
      fc.constantFrom('jensen', 'novak', 'weber', 'nobody').map((c) => new WithdrawCandidateCommand(c)),
      chairEvent.map((e) => new ChairCommand(e)),
    ],
    { maxCommands: options.maxCommands, size: 'max' },
  );
}
