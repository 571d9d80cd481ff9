import { setup } from 'xstate';
import { actions } from './actions.js';
import { createInitialContext, type SessionContext } from './context.js';
import type { SessionEvent } from './events.js';
import { guards } from './guards.js';
import type { Where } from './procedure/validate.js';
import type { SessionSetup } from './session-setup.js';

/** Input of the session machine: the static setup and the seed of the run (principle 2). */
export interface SessionInput {
  readonly setup: SessionSetup;
  readonly seed: number;
}

/** An accepted transition, or a coded rejection recorded in context (principle 10). */
const accept = (where: Where, transition: { target?: string; actions: ActionName[] }) => [
  { guard: { type: 'isAcceptable' as const, params: { where } }, ...transition },
  { actions: { type: 'reject' as const, params: { where } } },
];
type ActionName = Exclude<keyof typeof actions, 'reject'>;

/**
 * The whole General Assembly session as one statechart (issue 4): days, agenda items, debate,
 * votes, multi-ballot elections, motions and points of order. It orchestrates and never counts:
 * every guard and action calls the rules core (principle 7).
 */
export const sessionMachine = setup({
  types: {
    context: {} as SessionContext,
    events: {} as SessionEvent,
    input: {} as SessionInput,
  },
  guards,
  actions,
}).createMachine({
  id: 'session',
  context: ({ input }) => createInitialContext(input.setup, input.seed),
  initial: 'preSession',
  on: { '*': { actions: 'rejectUnexpected' } },
  states: {
    preSession: {
      on: { 'chair.openSession': { target: 'sitting', actions: ['count', 'openSession'] } },
    },
    sitting: {
      initial: 'floor',
      states: {
        floor: {
          on: {
            'chair.openItem': accept('floor', { target: 'item', actions: ['count', 'openItem'] }),
            'chair.adjournDay': accept('floor', { target: '#session.adjourned', actions: ['count', 'adjournDay'] }),
            'chair.closeSession': accept('floor', { target: '#session.closed', actions: ['count', 'closeSession'] }),
          },
        },
        item: {
          initial: 'proceedings',
          states: {
            proceedings: {
              initial: 'debate',
              on: {
                'delegation.raisePointOfOrder': accept('debate', { target: 'pointOfOrder', actions: ['count', 'raisePointOfOrder'] }),
              },
              states: {
                debate: {
                  on: {
                    'chair.putToVote': accept('debate', { target: 'voting', actions: ['count', 'openBallot'] }),
                    'chair.closeItem': accept('debate', { target: '#session.sitting.floor', actions: ['count', 'closeItem'] }),
                    'chair.decideCredentials': accept('debate', { actions: ['count', 'decideCredentials'] }),
                    'delegation.moveMotion': accept('debate', { actions: ['count', 'queueMotion'] }),
                    'chair.putMotion': accept('debate', { target: 'voting', actions: ['count', 'openMotionBallot'] }),
                    'delegation.withdrawCandidate': accept('debate', { actions: ['count', 'withdrawCandidate'] }),
                  },
                },
                voting: {
                  on: {
                    'delegation.castVote': accept('voting', { actions: ['count', 'castVote'] }),
                    'delegation.castBallot': accept('voting', { actions: ['count', 'castBallot'] }),
                    'tellers.reportCount': accept('voting', { actions: ['count', 'reportCount'] }),
                    'delegation.objectToConsensus': accept('voting', { actions: ['count', 'objectToConsensus'] }),
                    'chair.closeBallot': accept('voting', { target: 'counted', actions: ['count', 'closeBallot'] }),
                  },
                },
                counted: {
                  always: [
                    { guard: 'isSuspensionAdopted', target: 'suspended' },
                    { guard: 'isSittingAdjourned', target: '#session.adjourned', actions: 'deferRestOfDay' },
                    { guard: 'isDebateAdjourned', target: '#session.sitting.floor', actions: 'deferItem' },
                    { target: 'announced' },
                  ],
                },
                announced: {
                  on: {
                    'chair.putToVote': accept('announced', { target: 'voting', actions: ['count', 'openBallot'] }),
                    'chair.closeItem': accept('announced', { target: '#session.sitting.floor', actions: ['count', 'closeItem'] }),
                    'delegation.moveMotion': accept('announced', { actions: ['count', 'queueMotion'] }),
                    'chair.putMotion': accept('announced', { target: 'voting', actions: ['count', 'openMotionBallot'] }),
                    'delegation.withdrawCandidate': accept('announced', { actions: ['count', 'withdrawCandidate'] }),
                  },
                },
                suspended: {
                  on: { 'chair.resumeSitting': { target: 'debate', actions: ['count', 'resumeSitting'] } },
                },
                resume: { type: 'history' },
              },
            },
            pointOfOrder: {
              on: {
                'chair.ruleOnPointOfOrder': { target: 'ruled', actions: ['count', 'ruleOnPointOfOrder'] },
              },
            },
            ruled: {
              on: {
                'delegation.appeal': accept('ruled', { target: 'appealVoting', actions: ['count', 'openAppealBallot'] }),
                'chair.resumeSitting': { target: 'proceedings.resume', actions: ['count', 'resumeSitting'] },
              },
            },
            appealVoting: {
              on: {
                'delegation.castVote': accept('appeal', { actions: ['count', 'castVote'] }),
                'delegation.castBallot': accept('appeal', { actions: ['count', 'castBallot'] }),
                'tellers.reportCount': accept('appeal', { actions: ['count', 'reportCount'] }),
                'chair.closeBallot': accept('appeal', { target: 'proceedings.resume', actions: ['count', 'closeAppealBallot'] }),
              },
            },
          },
        },
      },
    },
    adjourned: {
      on: {
        'chair.openDay': accept('adjourned', { target: 'sitting', actions: ['count', 'openDay'] }),
        'chair.closeSession': accept('adjourned', { target: 'closed', actions: ['count', 'closeSession'] }),
      },
    },
    closed: { type: 'final' },
  },
});

export type SessionMachine = typeof sessionMachine;
