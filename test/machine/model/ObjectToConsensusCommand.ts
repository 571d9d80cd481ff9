import { sendAndCheck, type RealSession, type SessionCommand, type SessionModel } from './SessionModel.js';

/** A delegation objects to a decision by consensus; any other ballot cannot be objected to. */
export class ObjectToConsensusCommand implements SessionCommand {
  check = () => true;

  run(model: SessionModel, real: RealSession): void {
    const consensus = real.session.snapshot.context.ballot?.method === 'consensus';
    sendAndCheck(model, real, { type: 'delegation.objectToConsensus', member: 'FRA' }, !consensus);
  }

  toString = () => 'objectToConsensus()';
}
