import { renderToString } from 'ink';
import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';
import { ThemeContext, noColorTheme } from '../../src/ui/theme.js';

/** The fixed width of ink-testing-library's terminal, which the interactive helper uses. */
export const TEST_COLUMNS = 100;

// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[[0-9;]*[A-Za-z]/g;

/** The frame as plain text: no colour codes, no trailing spaces. */
export function unstyled(frame: string | undefined): string {
  return (frame ?? '').replace(ANSI, '').replace(/ +$/gm, '');
}

const themed = (node: ReactElement) => <ThemeContext.Provider value={noColorTheme}>{node}</ThemeContext.Provider>;

/**
 * The one ink render helper: `renderUi` for interactive tests (ink-testing-library, 100 columns,
 * stdin), `renderFrame` for a single unstyled frame at any width (ink's `renderToString`).
 */
export interface RenderedUi {
  /** The current frame, unstyled. */
  readonly frame: () => string;
  readonly stdin: { write(data: string): void };
  readonly rerender: (node: ReactElement) => void;
  readonly unmount: () => void;
}

export function renderUi(node: ReactElement): RenderedUi {
  const instance = render(themed(node));
  return {
    frame: () => unstyled(instance.lastFrame()),
    stdin: instance.stdin,
    rerender: (next) => instance.rerender(themed(next)),
    unmount: instance.unmount,
  };
}

export function renderFrame(node: ReactElement, columns = TEST_COLUMNS): string {
  return unstyled(renderToString(themed(node), { columns }));
}
