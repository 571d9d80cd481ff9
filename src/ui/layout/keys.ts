/** The key map as shown to the user; `short` is the footer's wording. */
export interface KeyHelp {
  /** The key as the narrowest footer shows it. */
  readonly key: string;
  readonly keys: string;
  readonly short: string;
  readonly action: string;
}

export const KEY_HELP: readonly KeyHelp[] = [
  { key: '→', keys: '→ space n', short: '→ step', action: 'next step' },
  { key: '⏎', keys: '⏎', short: '⏎ item', action: 'run to the end of the item' },
  { key: 'd', keys: 'd', short: 'd day', action: 'run to the end of the day' },
  { key: 'N', keys: 'N ]', short: 'N next day', action: 'go to the next day' },
  { key: 'b', keys: '← b', short: 'b back', action: 'step back (replays the journal)' },
  { key: 'j', keys: 'j', short: 'j jump', action: 'jump to an agenda item' },
  { key: 'v', keys: 'v', short: 'v votes', action: 'show or hide member votes (↓↑ PgDn PgUp Home End scroll, Esc closes)' },
  { key: '/', keys: '/', short: '/ member', action: 'search a member' },
  { key: 's', keys: 's', short: 's save', action: 'save the session journal (offers another name if the file exists)' },
  { key: '?', keys: '?', short: '? help', action: 'show or hide this help' },
  { key: 'q', keys: 'q', short: 'q quit', action: 'quit (asks when steps are unsaved)' },
];

/** Keys that do nothing in training mode, where every decision counts: no stepping back, no jumping. */
export const NOT_IN_TRAINING: readonly string[] = ['b', 'j'];
