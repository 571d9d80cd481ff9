import { Box } from 'ink';
import type { SessionView } from '../../view/view-model.js';
import type { ScreenPlan } from '../layout/plan-screen.js';
import { AgendaPanel } from './AgendaPanel.js';
import { BallotPanel, ballotLines } from './BallotPanel.js';
import { ItemPanel } from './ItemPanel.js';
import { committeeLines } from './CommitteePanel.js';
import { Lines } from './Lines.js';
import { rule, wrapLine } from '../layout/line.js';
import { MemberVotes } from './MemberVotes.js';
import { RoundsPanel } from './RoundsPanel.js';

/** The ballot, or the member votes when toggled on, in `rows` lines. */
function Decision(props: { readonly view: SessionView; readonly width: number; readonly rows: number; readonly showVotes: boolean; readonly votesOffset: number }) {
  const { view, width, rows } = props;
  if (props.showVotes) return <MemberVotes votes={view.memberVotes} width={width} rows={rows} offset={props.votesOffset} />;
  if (!view.ballot) return null;
  return <BallotPanel ballot={view.ballot} width={width} rows={rows} />;
}

/** Wide: agenda and earlier ballots on the left, the item and its ballot on the right. */
export function WideBody(props: { readonly view: SessionView; readonly plan: ScreenPlan; readonly showVotes: boolean; readonly votesOffset: number }) {
  const { view, plan } = props;
  return (
    <Box height={plan.bodyRows} overflowY="hidden" flexShrink={0}>
      <Box flexDirection="column" width={plan.leftWidth} flexShrink={0}>
        <AgendaPanel agenda={view.agenda} width={plan.leftWidth - 1} rows={plan.agendaRows} />
        {plan.roundsRows >= 2 && view.rounds.length > 0 ? <Box height={1} /> : null}
        <RoundsPanel rounds={view.rounds} width={plan.leftWidth - 1} rows={plan.roundsRows} />
      </Box>
      <Box flexDirection="column" width={plan.rightWidth + 1} flexShrink={0} borderStyle="single" borderColor="gray"
        borderTop={false} borderBottom={false} borderRight={false} paddingLeft={1}>
        <ItemPanel item={view.currentItem} width={plan.rightWidth - 1} rows={plan.itemRows} />
        <Box height={1} />
        <Decision view={view} width={plan.rightWidth - 1} rows={plan.ballotRows} showVotes={props.showVotes} votesOffset={props.votesOffset} />
      </Box>
    </Box>
  );
}

/** Narrow: the item, then the ballot full width, then earlier ballots if rows are left. */
export function NarrowBody(props: { readonly view: SessionView; readonly plan: ScreenPlan; readonly showVotes: boolean; readonly votesOffset: number }) {
  const { view, plan } = props;
  const used = props.showVotes || !view.ballot ? plan.ballotRows : ballotLines(view.ballot, plan.width, plan.ballotRows).length;
  return (
    <Box flexDirection="column" height={plan.bodyRows} overflowY="hidden" flexShrink={0}>
      <ItemPanel item={view.currentItem} width={plan.width} rows={plan.itemRows} />
      <Decision view={view} width={plan.width} rows={plan.ballotRows} showVotes={props.showVotes} votesOffset={props.votesOffset} />
      <RoundsPanel rounds={view.rounds} width={plan.width} rows={plan.ballotRows - used} />
    </Box>
  );
}

/** At the close: the Executive Committee as the session leaves it, one line per region. */
export function ClosingBody(props: { readonly view: SessionView; readonly plan: ScreenPlan }) {
  const { view, plan } = props;
  const lines = [rule('SESSION CLOSED · THE EXECUTIVE COMMITTEE', plan.width), ...committeeLines(view.committee, Math.max(2, plan.bodyRows - 1)).flatMap((l) => wrapLine(l, plan.width))];
  return (
    <Box flexDirection="column" height={plan.bodyRows} overflowY="hidden" flexShrink={0}>
      <Lines lines={lines} width={plan.width} rows={plan.bodyRows} />
    </Box>
  );
}
