import { and, setup } from 'xstate';
import { actions } from './actions.js';
import { createInitialContext, type SessionContext } from './context.js';
import type { SessionEvent } from './events.js';
import { guards } from './guards.js';
import type { Where } from './procedure/validate.js';
import type { SessionSetup } from '../scenario/session-setup.js';

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
 * A decision: taken when the event is acceptable and a quorum is present; without a quorum the
 * item is set aside (Q1, `takeNoDecision` or `appealLapses`); otherwise the coded rejection.
 */
const decide = (where: Where, transition: { target: string; actions: ActionName[] }, without: { target: string; actions: ActionName[] }) => [
  { guard: and([{ type: 'isAcceptable' as const, params: { where } }, 'hasQuorumToDecide']), ...transition },
  { guard: { type: 'isAcceptable' as const, params: { where } }, ...without },
  { actions: { type: 'reject' as const, params: { where } } },
];
const noDecision = { target: '#session.sitting.floor', actions: ['takeNoDecision' as const] };

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
      on: {
        'chair.openSession': [
          { guard: 'hasQuorumToOpen', target: 'sitting', actions: ['openSession'] },
          { target: 'adjourned', actions: ['openSessionWithoutQuorum'] },
        ],
      },
    },
    sitting: {
      initial: 'floor',
      states: {
        floor: {
          on: {
            'chair.openItem': accept('floor', { target: 'item', actions: ['openItem'] }),
            // headless runs: the whole item in one event, back on the floor (take-item.ts)
            'chair.takeItem': accept('floor', { actions: ['takeItem'] }),
            'chair.adjournDay': accept('floor', { target: '#session.adjourned', actions: ['adjournDay'] }),
            'chair.closeSession': accept('floor', { target: '#session.closed', actions: ['closeSession'] }),
          },
        },
        item: {
          initial: 'proceedings',
          states: {
            proceedings: {
              initial: 'debate',
              on: {
                'delegation.raisePointOfOrder': accept('debate', { target: 'pointOfOrder', actions: ['raisePointOfOrder'] }),
              },
              states: {
                debate: {
                  on: {
                    'chair.putToVote': decide('debate', { target: 'voting', actions: ['openBallot'] }, noDecision),
                    'chair.closeItem': accept('debate', { target: '#session.sitting.floor', actions: ['closeItem'] }),
                    'chair.decideCredentials': accept('debate', { actions: ['decideCredentials'] }),
                    'delegation.moveMotion': accept('debate', { actions: ['queueMotion'] }),
                    'chair.putMotion': decide('debate', { target: 'voting', actions: ['openMotionBallot'] }, noDecision),
                    'delegation.withdrawCandidate': accept('debate', { actions: ['withdrawCandidate'] }),
                  },
                },
                voting: {
                  on: {
                    'delegation.castVote': accept('voting', { actions: ['castVote'] }),
                    'delegation.castBallot': accept('voting', { actions: ['castBallot'] }),
                    'tellers.reportCount': accept('voting', { actions: ['reportCount'] }),
                    'delegation.objectToConsensus': accept('voting', { actions: ['objectToConsensus'] }),
                    'chair.closeBallot': accept('voting', { target: 'counted', actions: ['closeBallot'] }),
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
                    'chair.putToVote': decide('announced', { target: 'voting', actions: ['openBallot'] }, noDecision),
                    'chair.closeItem': accept('announced', { target: '#session.sitting.floor', actions: ['closeItem'] }),
                    'delegation.moveMotion': accept('announced', { actions: ['queueMotion'] }),
                    'chair.putMotion': decide('announced', { target: 'voting', actions: ['openMotionBallot'] }, noDecision),
                    'delegation.withdrawCandidate': accept('announced', { actions: ['withdrawCandidate'] }),
                  },
                },
                suspended: {
                  on: { 'chair.resumeSitting': { target: 'debate', actions: ['resumeSitting'] } },
                },
                resume: { type: 'history' },
              },
            },
            pointOfOrder: {
              on: {
                'chair.ruleOnPointOfOrder': { target: 'ruled', actions: ['ruleOnPointOfOrder'] },
              },
            },
            ruled: {
              on: {
                'delegation.appeal': decide('ruled', { target: 'appealVoting', actions: ['openAppealBallot'] }, { target: 'proceedings.resume', actions: ['appealLapses'] }),
                'chair.resumeSitting': { target: 'proceedings.resume', actions: ['resumeSitting'] },
              },
            },
            appealVoting: {
              on: {
                'delegation.castVote': accept('appeal', { actions: ['castVote'] }),
                'delegation.castBallot': accept('appeal', { actions: ['castBallot'] }),
                'tellers.reportCount': accept('appeal', { actions: ['reportCount'] }),
                'chair.closeBallot': accept('appeal', { target: 'proceedings.resume', actions: ['closeAppealBallot'] }),
              },
            },
          },
        },
      },
    },
    adjourned: {
      on: {
        'chair.openDay': [
          { guard: and([{ type: 'isAcceptable' as const, params: { where: 'adjourned' as const } }, 'hasQuorumToOpen']), target: 'sitting', actions: ['openDay'] },
          { guard: { type: 'isAcceptable' as const, params: { where: 'adjourned' as const } }, target: 'adjourned', actions: ['openDayWithoutQuorum'] },
          { actions: { type: 'reject' as const, params: { where: 'adjourned' as const } } },
        ],
        'chair.closeSession': accept('adjourned', { target: 'closed', actions: ['closeSession'] }),
      },
    },
    closed: { type: 'final' },
  },
});

export type SessionMachine = typeof sessionMachine;
