import type { VoteChoice } from '../../../src/domain/vote.js';
import { sendAndCheck, type RealSession, type SessionCommand, type SessionModel } from './SessionModel.js';

/** A batch of recorded votes from the first `size` members of the electorate (or from outsiders). */
export class CastBallotCommand implements SessionCommand {
  constructor(
    readonly size: number,
    readonly choice: VoteChoice,
    readonly outsiders: boolean,
  ) {}

  check = () => true;

  run(model: SessionModel, real: RealSession): void {
    const ctx = real.session.snapshot.context;
    const ballot = ctx.appeal ?? ctx.ballot;
    const members = this.outsiders ? ['XXX', 'MMR'] : (ballot?.electorate ?? ['FRA']).slice(0, this.size);
    const votes = Object.fromEntries(members.map((m) => [m, this.choice]));
    sendAndCheck(model, real, { type: 'delegation.castBallot', votes }, ballot === null || this.outsiders);
  }

  toString = () => `castBallot(${this.outsiders ? 'outsiders' : this.size}, ${this.choice})`;
}
