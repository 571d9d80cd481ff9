import { sendAndCheck, type RealSession, type SessionCommand, type SessionModel } from './SessionModel.js';

/** The tellers report counts: `yes`/`no`, or for each candidate; more papers than members is refused. */
export class ReportCountCommand implements SessionCommand {
  constructor(
    readonly shares: readonly number[],
    readonly abstain: number,
  ) {}

  check = () => true;

  run(model: SessionModel, real: RealSession): void {
    const ctx = real.session.snapshot.context;
    const ballot = ctx.appeal ?? ctx.ballot;
    const choices = ballot && ballot.paper.length > 1 ? ballot.paper : ['yes', 'no'];
    const counts = Object.fromEntries(choices.map((c, i) => [c, this.shares[i % this.shares.length]!]));
    const papers = Object.values(counts).reduce((a, b) => a + b, this.abstain);
    const tooMany = ballot !== null && papers > ballot.electorate.length;
    sendAndCheck(model, real, { type: 'tellers.reportCount', counts, abstain: this.abstain, invalid: 0 }, ballot === null || tooMany);
  }

  toString = () => `reportCount([${this.shares.join(', ')}], abstain ${this.abstain})`;
}
