import { useApp } from 'ink';
import { useEffect, useState } from 'react';

/**
 * Quitting in two renders: `quit()` first redraws the screen without the quit prompt (callers pass
 * `quitting` to hide overlays), then ink exits, so the terminal keeps the session's last frame, not
 * the prompt, and anything printed afterwards (the training debrief) goes under it.
 */
export function useQuit(onExit: (() => void) | undefined): { readonly quitting: boolean; readonly quit: () => void } {
  const { exit } = useApp();
  const [quitting, setQuitting] = useState(false);
  useEffect(() => {
    if (!quitting) return;
    exit();
    onExit?.();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when quitting starts
  }, [quitting]);
  return { quitting, quit: () => setQuitting(true) };
}
