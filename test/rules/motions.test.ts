import { describe, expect, it } from 'vitest';
import {
  isMotionInOrder,
  MOTION_PRECEDENCE,
  nextMotionToPut,
  speakersAgainst,
  type MotionContext,
  type MotionKind,
} from '../../src/rules/motions.js';

describe('nextMotionToPut', () => {
  it.each<[string, MotionKind[], MotionKind | undefined]>([
    ['nothing pending', [], undefined],
    // R6.5 (RPGA Art 30): appeals on points of order first
    ['an appeal before a suspension', ['suspend', 'appeal'], 'appeal'],
    ['suspend before adjourning the sitting (R6.5.1)', ['adjourn-sitting', 'suspend'], 'suspend'],
    ['adjourn the sitting before the debate (R6.5.2)', ['close-debate', 'adjourn-debate', 'adjourn-sitting'], 'adjourn-sitting'],
    ['adjourn the debate before closing it (R6.5.3)', ['close-debate', 'adjourn-debate'], 'adjourn-debate'],
    ['a point of order is ruled on at once (R6.2)', ['close-debate', 'appeal', 'point-of-order'], 'point-of-order'],
  ])('%s', (_name, pending, next) => {
    expect(nextMotionToPut(pending)).toBe(next);
  });

  it('lists the precedence of RPGA Art 30 (R6.5)', () => {
    expect(MOTION_PRECEDENCE).toEqual(['point-of-order', 'appeal', 'suspend', 'adjourn-sitting', 'adjourn-debate', 'close-debate']);
  });
});

describe('isMotionInOrder', () => {
  const debate: MotionContext = { voting: false, byObserver: false, itemOpen: true };
  it.each<[string, MotionKind, MotionContext, string | undefined]>([
    ['closing the debate during debate (R6.4)', 'close-debate', debate, undefined],
    ['an observer may not move a motion (R5.11)', 'suspend', { ...debate, byObserver: true }, 'motion/observer'],
    ['an observer may not raise a point of order (R5.11)', 'point-of-order', { ...debate, byObserver: true }, 'motion/observer'],
    ['no motion once the vote has begun (R3.8)', 'adjourn-sitting', { ...debate, voting: true }, 'motion/during-vote'],
    ['a point of order on another matter during the vote (R3.8)', 'point-of-order', { ...debate, voting: true }, 'motion/during-vote'],
    ['a point of order on the voting process (R3.8)', 'point-of-order', { ...debate, voting: true, aboutVotingProcess: true }, undefined],
    ['adjourning a debate with no item open (R6.4)', 'adjourn-debate', { ...debate, itemOpen: false }, 'motion/no-item'],
    ['suspending between items (R6.4)', 'suspend', { ...debate, itemOpen: false }, undefined],
  ])('%s', (_name, motion, ctx, code) => {
    const check = isMotionInOrder(motion, ctx);
    expect(check.inOrder).toBe(code === undefined);
    expect(check.code).toBe(code);
  });
});

describe('speakersAgainst', () => {
  it.each<[MotionKind, number]>([
    ['close-debate', 2], // R6.4
    ['suspend', 0], // R6.4: put to the vote at once
    ['adjourn-debate', 0], // R6.4
    ['appeal', 0], // R6.2: voted on straight away
  ])('%s hears %i speakers against', (motion, n) => {
    expect(speakersAgainst(motion)).toBe(n);
  });
});
