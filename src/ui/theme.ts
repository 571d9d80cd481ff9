import { createContext, useContext } from 'react';

/** A terminal colour name understood by ink, or undefined for the terminal's own colour. */
type Colour = string | undefined;

/**
 * Semantic colours. Colour never carries meaning alone: every status also has a symbol or a
 * word, so the `noColor` theme (NO_COLOR) loses nothing.
 */
export interface Theme {
  readonly status: {
    readonly adopted: Colour;
    readonly rejected: Colour;
    readonly current: Colour;
    readonly pending: Colour;
    readonly deferred: Colour;
    readonly info: Colour;
    readonly warning: Colour;
    readonly error: Colour;
  };
  readonly muted: Colour;
  readonly accent: Colour;
  readonly bar: { readonly fill: Colour; readonly winner: Colour; readonly threshold: Colour };
  /** Whether to use bold and dim; off with NO_COLOR as well, so frames are plain text. */
  readonly emphasis: boolean;
}

export const defaultTheme: Theme = {
  status: {
    adopted: 'green',
    rejected: 'red',
    current: 'cyan',
    pending: undefined,
    deferred: 'yellow',
    info: 'blue',
    warning: 'yellow',
    error: 'red',
  },
  muted: 'gray',
  accent: 'cyan',
  bar: { fill: 'blue', winner: 'green', threshold: 'yellow' },
  emphasis: true,
};

export const noColorTheme: Theme = {
  status: {
    adopted: undefined,
    rejected: undefined,
    current: undefined,
    pending: undefined,
    deferred: undefined,
    info: undefined,
    warning: undefined,
    error: undefined,
  },
  muted: undefined,
  accent: undefined,
  bar: { fill: undefined, winner: undefined, threshold: undefined },
  emphasis: false,
};

/** The theme for a terminal: `noColor` follows the NO_COLOR convention (https://no-color.org). */
export function selectTheme(noColor: boolean): Theme {
  return noColor ? noColorTheme : defaultTheme;
}

export const ThemeContext = createContext<Theme>(defaultTheme);

export function useTheme(): Theme {
  return useContext(ThemeContext);
}
