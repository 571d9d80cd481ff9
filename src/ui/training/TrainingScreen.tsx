import { Box } from 'ink';
import type { SessionView } from '../../view/view-model.js';
import { renderDebriefText } from '../../training/render-debrief.js';
import { BallotPanel } from '../components/BallotPanel.js';
import { Header } from '../components/Header.js';
import { Lines } from '../components/Lines.js';
import { Screen, type ScreenOverlay } from '../components/Screen.js';
import { hangingRows, plain, rule } from '../layout/line.js';
import { promptRows } from '../layout/prompt-rows.js';
import type { PromptState } from './prompt-state.js';
import { QuestionPrompt } from './QuestionPrompt.js';
import type { TrainingView } from './training-controller.js';

export interface TrainingScreenProps {
  readonly view: SessionView;
  readonly training: TrainingView;
  readonly prompt: PromptState;
  readonly width: number;
  readonly height: number;
  readonly overlay: ScreenOverlay;
  readonly showVotes?: boolean;
  readonly votesOffset?: number;
}

/**
 * The session screen of `gasim train`: the normal screen between decisions; while a question is
 * on screen, the current item and its (masked) ballot above the question; at the end, the debrief.
 */
export function TrainingScreen({ view, training, prompt, width, height, overlay, showVotes = false, votesOffset = 0 }: TrainingScreenProps) {
  const asking = training.prompt;
  if (overlay.kind !== 'none' || (asking === null && training.debrief === null)) {
    return <Screen view={view} width={width} height={height} overlay={overlay} showVotes={showVotes} votesOffset={votesOffset} training />;
  }
  const item = view.currentItem ? [plain(`${view.currentItem.number}. ${view.currentItem.title} · ${view.currentItem.kindLabel}`, undefined, true)] : [[]];
  const hint = asking === null ? 'session closed' : asking.feedback ? '⏎ go on' : 'answer the question to go on';
  const footer = [plain(`${hint}  q quit`, 'muted')];
  if (asking === null) {
    // wrapped between words, continuation rows indented under their line
    const lines = hangingRows(renderDebriefText(training.debrief!).trimEnd(), width);
    return (
      <Box flexDirection="column" width={width} height={height} overflow="hidden">
        <Header header={view.header} width={width} />
        <Lines lines={[rule('DEBRIEF', width)]} width={width} />
        <Box flexDirection="column" height={height - 3} overflow="hidden">
          <Lines lines={lines} width={width} rows={height - 3} />
        </Box>
        <Lines lines={footer} width={width} rows={1} />
      </Box>
    );
  }
  const rows = promptRows(asking, width);
  const ballotRows = Math.max(0, height - 4 - rows);
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Header header={view.header} width={width} />
      <Lines lines={item} width={width} rows={1} />
      <Box flexDirection="column" height={ballotRows} overflow="hidden">
        {view.ballot && ballotRows >= 3 ? <BallotPanel ballot={view.ballot} width={width} rows={ballotRows} /> : null}
      </Box>
      <Lines lines={[rule('QUESTION', width)]} width={width} />
      <Box flexDirection="column" height={height - 4 - ballotRows} overflow="hidden">
        <QuestionPrompt question={asking.question} index={asking.index} total={null} state={prompt} width={width}
          {...(asking.feedback ? { feedback: asking.feedback } : {})} />
      </Box>
      <Lines lines={footer} width={width} rows={1} />
    </Box>
  );
}
