/** The key map as shown to the user; `short` is the footer's wording. */
export interface KeyHelp {
  readonly keys: string;
  readonly short: string;
  readonly action: string;
}

export const KEY_HELP: readonly KeyHelp[] = [
  { keys: '→ space n', short: '→ step', action: 'next step' },
  { keys: '⏎', short: '⏎ item', action: 'run to the end of the item' },
  { keys: 'd', short: 'd day', action: 'run to the end of the day' },
  { keys: 'N ]', short: 'N next day', action: 'go to the next day' },
  { keys: '← b', short: 'b back', action: 'step back (replays the journal)' },
  { keys: 'j', short: 'j jump', action: 'jump to an agenda item' },
  { keys: 'v', short: 'v votes', action: 'show or hide member votes' },
  { keys: '/', short: '/ member', action: 'search a member' },
  { keys: 's', short: 's save', action: 'save the session journal' },
  { keys: '?', short: '? help', action: 'show or hide this help' },
  { keys: 'q', short: 'q quit', action: 'quit (asks when steps are unsaved)' },
];
