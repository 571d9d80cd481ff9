import type { MotionKind } from '../../../src/machine/events.js';
import { sendAndCheck, type RealSession, type SessionCommand, type SessionModel } from './SessionModel.js';

/** A delegation (or an observer, whose motion is out of order) moves a procedural motion (R6.4). */
export class MoveMotionCommand implements SessionCommand {
  constructor(
    readonly member: string,
    readonly motion: MotionKind,
  ) {}

  check = () => true;

  run(model: SessionModel, real: RealSession): void {
    sendAndCheck(model, real, { type: 'delegation.moveMotion', member: this.member, motion: this.motion }, this.member === 'MMR');
  }

  toString = () => `moveMotion(${this.member}, ${this.motion})`;
}
