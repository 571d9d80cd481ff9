export { App } from './App.js';
export type { AppProps } from './App.js';
export type { MemberSearchHit, SessionController } from './controller.js';
export { Screen } from './components/Screen.js';
export type { ScreenOverlay, ScreenProps } from './components/Screen.js';
export { defaultTheme, noColorTheme, selectTheme } from './theme.js';
