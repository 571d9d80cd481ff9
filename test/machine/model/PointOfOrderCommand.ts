import { sendAndCheck, type RealSession, type SessionCommand, type SessionModel } from './SessionModel.js';

/** A point of order; during a vote only one about the voting is in order (R3.8). */
export class PointOfOrderCommand implements SessionCommand {
  constructor(readonly aboutVoting: boolean) {}

  check = () => true;

  run(model: SessionModel, real: RealSession): void {
    const duringVote = real.session.snapshot.context.ballot !== null;
    sendAndCheck(model, real, { type: 'delegation.raisePointOfOrder', member: 'FRA', aboutVoting: this.aboutVoting }, duringVote && !this.aboutVoting);
  }

  toString = () => `raisePointOfOrder(aboutVoting: ${this.aboutVoting})`;
}
