import { sendAndCheck, type RealSession, type SessionCommand, type SessionModel } from './SessionModel.js';

/** A candidate withdraws; one not standing in the election under way is refused. */
export class WithdrawCandidateCommand implements SessionCommand {
  constructor(readonly candidate: string) {}

  check = () => true;

  run(model: SessionModel, real: RealSession): void {
    const standing = real.session.snapshot.context.election?.progress?.candidates.some((c) => c.id === this.candidate) ?? false;
    sendAndCheck(model, real, { type: 'delegation.withdrawCandidate', candidate: this.candidate }, !standing);
  }

  toString = () => `withdrawCandidate(${this.candidate})`;
}
