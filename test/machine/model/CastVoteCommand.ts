import { votesOfChoices } from '../../../src/domain/choices.js';
import type { VoteChoice } from '../../../src/domain/vote.js';
import { sendAndCheck, type RealSession, type SessionCommand, type SessionModel } from './SessionModel.js';

/** A delegation casts one recorded vote; a second vote from the same member is always refused (R2.1). */
export class CastVoteCommand implements SessionCommand {
  constructor(
    readonly member: string,
    readonly choice: VoteChoice,
  ) {}

  check = () => true;

  run(model: SessionModel, real: RealSession): void {
    const ctx = real.session.snapshot.context;
    const ballot = ctx.appeal ?? ctx.ballot;
    const again = ballot !== null && this.member in votesOfChoices(ballot.electorate, ballot.choices);
    sendAndCheck(model, real, { type: 'delegation.castVote', member: this.member, choice: this.choice }, again || ballot === null);
  }

  toString = () => `castVote(${this.member}, ${this.choice})`;
}
