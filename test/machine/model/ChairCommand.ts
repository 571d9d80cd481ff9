import type { ChairEvent } from '../../../src/machine/events.js';
import { sendAndCheck, type RealSession, type SessionCommand, type SessionModel } from './SessionModel.js';

/**
 * A chair's event sent at a random moment (the chair's events carry no data worth a class each):
 * in order it is accepted, out of order it is refused with a code; either way the checks hold.
 */
export class ChairCommand implements SessionCommand {
  constructor(readonly event: ChairEvent) {}

  check = () => true;

  run(model: SessionModel, real: RealSession): void {
    const noBallot = real.session.snapshot.context.ballot === null && real.session.snapshot.context.appeal === null;
    sendAndCheck(model, real, this.event, this.event.type === 'chair.closeBallot' && noBallot);
  }

  toString = () => JSON.stringify(this.event);
}
