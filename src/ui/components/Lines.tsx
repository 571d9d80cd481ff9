import { Box, Text } from 'ink';
import type { Line, Tone } from '../layout/line.js';
import { fitLine } from '../layout/line.js';
import { terminalField } from '../../domain/safe-text.js';
import type { Theme } from '../theme.js';
import { useTheme } from '../theme.js';

function colourOf(theme: Theme, tone: Tone | undefined): string | undefined {
  if (!tone) return undefined;
  if (tone === 'muted' || tone === 'accent') return theme[tone];
  if (tone === 'bar') return theme.bar.fill;
  if (tone === 'winner' || tone === 'threshold') return theme.bar[tone];
  return theme.status[tone];
}

/**
 * Renders pre-laid-out lines, their text neutralised for the terminal (issue 18), each fitted to `width` and never more than `rows` of them: every
 * panel goes through here, so nothing wraps and no panel grows past its budget.
 */
export function Lines({ lines, width, rows }: { readonly lines: readonly Line[]; readonly width: number; readonly rows?: number }) {
  const theme = useTheme();
  const shown = lines.slice(0, rows ?? lines.length);
  return (
    <Box flexDirection="column" width={width} flexShrink={0}>
      {shown.map((line, i) => (
        <Text key={i} wrap="truncate-end">
          {fitLine(line.map((s) => ({ ...s, text: terminalField(s.text) })), width).map((s, j) => (
            <Text key={j} color={colourOf(theme, s.tone)} bold={theme.emphasis && s.bold === true}>
              {s.text}
            </Text>
          ))}
          {line.length === 0 ? ' ' : ''}
        </Text>
      ))}
    </Box>
  );
}
