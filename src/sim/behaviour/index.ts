/**
 * The voter behaviour model (issue 5). Compile a scenario once, then draw ballots:
 *
 * - Each member of the electorate, in order, takes part with its turnout (turnoutByMember, else
 *   turnout). A participant casts a blank paper with probability `abstain`, a spoiled one with
 *   `invalid`, and otherwise chooses.
 * - Question: position = byItem[item] ?? byKind[itemKind] ?? default (yes, no, the rest blank;
 *   amendments use their item's position). Each bloc draws a line once per ballot from its position
 *   on the item (else the item's); a member of a bloc (the first listed one it belongs to) follows
 *   the line with probability `cohesion`, else draws from that same position.
 * - Election: weight of a paper candidate = appeal (1) × sameRegion (voter's region is the
 *   candidate's) × sameBloc (they share a scenario bloc) + the weights of nominees off the paper,
 *   split over the paper by `transfers` (without transfers they vanish: renormalisation). A named
 *   supporter votes its candidate with probability `loyalty` while it is on the paper. One candidate
 *   on the paper: yes with its share of the voter's weight over all nominees, clamped to [0.05, 0.95].
 * - Secret ballots and multi-candidate elections answer with counts; recorded yes/no ballots with
 *   per-member votes (non-participants omitted). A scripted entry overrides the model.
 */
export { compileBehaviour, blocMembers, type CompiledBehaviour } from './compile-behaviour.js';
export { drawBallot } from './draw-ballot.js';
export { scriptedBallot } from './scripted-ballot.js';
export { SINGLE_CANDIDATE_YES } from './election-chooser.js';
export { withdrawnBy } from './withdrawals.js';
