import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export interface TerminalSize {
  readonly width: number;
  readonly height: number;
}

/** The terminal size assumed when stdout does not report one; the layout is designed from here up. */
export const MIN_SIZE: TerminalSize = { width: 80, height: 24 };

function measure(stdout: NodeJS.WriteStream): TerminalSize {
  const columns = stdout.columns || MIN_SIZE.width;
  const rows = stdout.rows || MIN_SIZE.height;
  return { width: Math.max(40, columns), height: Math.max(12, rows - 1) };
}

/**
 * The terminal's size, updated on `resize`. The frame is kept one row shorter than the terminal
 * so ink never writes into the last row, which would scroll a full-screen frame by one line.
 */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => measure(stdout));
  useEffect(() => {
    const onResize = () => setSize(measure(stdout));
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}
