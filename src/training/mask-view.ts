import type { SessionView } from '../view/view-model.js';
import type { BallotPanelView } from '../view/ballot-view-model.js';

/** The ballot with its decision hidden: no outcome, no markers, no needed/got line (design/tui.md). */
export function maskBallot(ballot: BallotPanelView): BallotPanelView {
  return {
    ...ballot,
    bars: ballot.bars.map(({ marker: _marker, ...bar }) => bar),
    threshold: 0, // the threshold column would show where the majority lies
    neededLine: 'decision hidden until you answer',
    outcome: null,
    masked: true,
  };
}

/**
 * The screen while the trainee answers: the state reached by the step (the item, the counts),
 * but the settled history of the snapshot before it (agenda statuses, earlier rounds, the
 * Committee, the log), and the ballot masked, so that nothing on screen gives the answer away.
 */
export function maskView(before: SessionView, after: SessionView): SessionView {
  const statusBefore = new Map(before.agenda.items.map((i) => [i.id, i.status]));
  return {
    ...after,
    agenda: { ...after.agenda, items: after.agenda.items.map((i) => ({ ...i, status: statusBefore.get(i.id) ?? i.status })) },
    ballot: after.ballot && maskBallot(after.ballot),
    rounds: before.rounds,
    committee: before.committee,
    log: before.log,
    status: { message: 'training: answer the question; the decision stays hidden until then', kind: 'info' },
    finished: false,
  };
}
