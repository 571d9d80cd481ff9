import { sendAndCheck, type RealSession, type SessionCommand, type SessionModel } from './SessionModel.js';

/** A delegation appeals against the President's ruling (R2.9); without a ruling it is refused. */
export class AppealCommand implements SessionCommand {
  check = () => true;

  run(model: SessionModel, real: RealSession): void {
    const ruled = real.session.snapshot.context.pointOfOrder?.ruling != null;
    sendAndCheck(model, real, { type: 'delegation.appeal', member: 'FRA' }, !ruled);
  }

  toString = () => 'appeal()';
}
