import { nextStep } from '../../../src/sim/autopilot.js';
import { defaultVoter } from '../support/default-voter.js';
import { sendAndCheck, type RealSession, type SessionCommand, type SessionModel } from './SessionModel.js';

/** The proper next step of the procedure (the autopilot, or the voters' ballot): always accepted. */
export class NextStepCommand implements SessionCommand {
  private sent = '';

  check = () => true;

  run(model: SessionModel, real: RealSession): void {
    const next = nextStep(real.session.snapshot);
    if (next.kind === 'done') return;
    const event = next.kind === 'event' ? next.event : defaultVoter(next.request, real.session.snapshot);
    this.sent = event.type;
    if (!sendAndCheck(model, real, event)) throw new Error(`the proper next step ${event.type} was rejected`);
  }

  toString = () => `nextStep(${this.sent})`;
}
