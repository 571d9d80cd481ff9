import { setup } from 'xstate';
import { actions } from './actions.js';
import { createInitialContext, type SessionContext } from './context.js';
import type { SessionEvent } from './events.js';
import { decide, guards, legal } from './guards.js';
import type { CheckName } from './legality.js';
import type { SessionSetup } from '../scenario/session-setup.js';

/** Input of the session machine: the static setup and the seed of the run (principle 2). */
export interface SessionInput {
  readonly setup: SessionSetup;
  readonly seed: number;
}

const noDecision = { target: '#session.sitting.floor', actions: ['takeNoDecision' as const] };
const putToVote: CheckName[] = ['hasNoMotionPending', 'hasVoteToPut', 'isElectionSecret', 'isScenarioSecrecyKept'];
const castVote: CheckName[] = ['isVoteOpen', 'isRecordedVote', 'isBallotUncounted', 'isEveryVoteInOrder'];
const reportCount: CheckName[] = ['isVoteOpen', 'hasNoRecordedVote', 'isCountable', 'isBallotUncounted', 'isCountWhole', 'isChoiceOnPaper', 'isWithinElectorate', 'hasPapersIfInvalid', 'isScriptOfBallot'];

/**
 * What a state is, for the code that reads the snapshot (`snapshot.hasTag`), rather than lists of
 * state names: `item-open` (an agenda item is under way), `between-items` (the floor, an
 * adjournment or the close), `day-over` (adjourned or closed), `closed`, `debate` (an item's
 * debate before its votes), `between-votes` (debate or a result just announced), `voting` (a
 * ballot is open, the Assembly's or an appeal's) and `appeal` (the vote on an appeal).
 */
export type SessionTag = 'item-open' | 'between-items' | 'day-over' | 'closed' | 'debate' | 'between-votes' | 'voting' | 'appeal';

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
    tags: {} as SessionTag,
  },
  guards,
  actions,
}).createMachine({
  id: 'session',
  context: ({ input }) => createInitialContext(input.setup, input.seed),
  initial: 'preSession',
  states: {
    preSession: {
      on: { 'chair.openSession': [{ guard: 'hasQuorumToOpen', target: 'sitting', actions: ['openSession'] }, { target: 'adjourned', actions: ['openSessionWithoutQuorum'] }] },
    },
    sitting: {
      initial: 'floor',
      states: {
        floor: {
          tags: ['between-items'],
          on: {
            'chair.openItem': legal(['hasItemPending', 'isNextItem'], { target: 'item', actions: ['openItem'] }),
            // headless runs: the whole item in one event, back on the floor (take-item.ts)
            'chair.takeItem': legal(['hasItemPending', 'canTakeWholeItem'], { actions: ['takeItem'] }),
            'chair.adjournDay': legal(['isAgendaDone', 'isNotLastDay'], { target: '#session.adjourned', actions: ['adjournDay'] }),
            'chair.closeSession': legal(['isLastDay', 'isAgendaDone'], { target: '#session.closed', actions: ['closeSession'] }),
          },
        },
        item: {
          tags: ['item-open'],
          initial: 'proceedings',
          states: {
            proceedings: {
              initial: 'debate',
              on: { 'delegation.raisePointOfOrder': legal(['isPointOfOrderInOrder'], { target: 'pointOfOrder', actions: ['raisePointOfOrder'] }) },
              states: {
                debate: {
                  tags: ['debate', 'between-votes'],
                  on: {
                    'chair.putToVote': decide(putToVote, { target: 'voting', actions: ['openBallot'] }, noDecision),
                    'chair.closeItem': legal(['isItemDone'], { target: '#session.sitting.floor', actions: ['closeItem'] }),
                    'chair.decideCredentials': legal(['isCredentialsItem', 'isMember'], { actions: ['decideCredentials'] }),
                    'delegation.moveMotion': legal(['isMotionInOrder'], { actions: ['queueMotion'] }),
                    'chair.putMotion': decide(['hasMotionPending'], { target: 'voting', actions: ['openMotionBallot'] }, noDecision),
                    'delegation.withdrawCandidate': legal(['isCandidateStanding'], { actions: ['withdrawCandidate'] }),
                  },
                },
                voting: {
                  tags: ['voting'],
                  on: {
                    'delegation.castVote': legal(castVote, { actions: ['castVote'] }),
                    'delegation.castBallot': legal([...castVote, 'isScriptOfBallot'], { actions: ['castBallot'] }),
                    'tellers.reportCount': legal(reportCount, { actions: ['reportCount'] }),
                    'delegation.objectToConsensus': legal(['isVoteOpen', 'isConsensus'], { actions: ['objectToConsensus'] }),
                    'chair.closeBallot': legal(['isVoteOpen', 'isCountReported'], { target: 'counted', actions: ['closeBallot'] }),
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
                  tags: ['between-votes'],
                  on: {
                    'chair.putToVote': decide(putToVote, { target: 'voting', actions: ['openBallot'] }, noDecision),
                    'chair.closeItem': legal(['isItemDone'], { target: '#session.sitting.floor', actions: ['closeItem'] }),
                    'delegation.moveMotion': legal(['isMotionInOrder'], { actions: ['queueMotion'] }),
                    'chair.putMotion': decide(['hasMotionPending'], { target: 'voting', actions: ['openMotionBallot'] }, noDecision),
                    'delegation.withdrawCandidate': legal(['isCandidateStanding'], { actions: ['withdrawCandidate'] }),
                  },
                },
                suspended: {
                  on: { 'chair.resumeSitting': { target: 'debate', actions: ['resumeSitting'] } },
                },
                resume: { type: 'history' },
              },
            },
            pointOfOrder: {
              on: { 'chair.ruleOnPointOfOrder': { target: 'ruled', actions: ['ruleOnPointOfOrder'] } },
            },
            ruled: {
              on: {
                'delegation.appeal': decide(['hasRuling'], { target: 'appealVoting', actions: ['openAppealBallot'] }, { target: 'proceedings.resume', actions: ['appealLapses'] }),
                'chair.resumeSitting': { target: 'proceedings.resume', actions: ['resumeSitting'] },
              },
            },
            appealVoting: {
              tags: ['voting', 'appeal'],
              on: {
                'delegation.castVote': legal(castVote, { actions: ['castVote'] }),
                'delegation.castBallot': legal([...castVote, 'isScriptOfBallot'], { actions: ['castBallot'] }),
                'tellers.reportCount': legal(reportCount, { actions: ['reportCount'] }),
                'chair.closeBallot': legal(['isVoteOpen', 'isCountReported'], { target: 'proceedings.resume', actions: ['closeAppealBallot'] }),
              },
            },
          },
        },
      },
    },
    adjourned: {
      tags: ['between-items', 'day-over'],
      on: {
        'chair.openDay': decide(['hasDayLeft'], { target: 'sitting', actions: ['openDay'] }, { target: 'adjourned', actions: ['openDayWithoutQuorum'] }, 'hasQuorumToOpen'),
        'chair.closeSession': legal(['isLastDay'], { target: 'closed', actions: ['closeSession'] }),
      },
    },
    closed: { type: 'final', tags: ['between-items', 'day-over', 'closed'] },
  },
});

export type SessionMachine = typeof sessionMachine;
