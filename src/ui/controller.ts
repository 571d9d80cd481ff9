import type { ItemId, MemberCode, Region } from '../domain/ids.js';
import type { SessionView } from '../view/view-model.js';

/** A member found by the search box, phrased by the integrator. */
export interface MemberSearchHit {
  readonly code: MemberCode;
  readonly name: string;
  readonly region: Region;
  /** e.g. "entitled to vote" or "arrears: may not vote (R8.2)". */
  readonly status: string;
}

/**
 * What the TUI needs from a running session. The integrator implements it over the one session
 * machine and its selectors; the UI only reads views and forwards the user's commands.
 */
export interface SessionController {
  /** The current view; must return the same object until the view changes (useSyncExternalStore). */
  getView(): SessionView;
  /** Calls `listener` after every change of the view; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  step(): void;
  endOfItem(): void;
  endOfDay(): void;
  nextDay(): void;
  /** Steps back by replaying the journal up to the previous step. */
  back(): void;
  jump(itemId: ItemId): void;
  /**
   * Saves the journal (to `path` when given: save-as); resolves to the file written or an Error to
   * show; a `JournalExistsError` when the file exists and may not be overwritten.
   */
  save(path?: string): Promise<string | Error>;
  /** Steps taken since the last save: quitting then asks for confirmation. */
  unsavedSteps(): number;
  searchMembers(query: string): readonly MemberSearchHit[];
}

/** The journal file exists and is kept: the TUI offers to save under another name. */
export class JournalExistsError extends Error {
  /** The file as the user named it, and a free name to offer instead. */
  readonly path: string;
  readonly suggestion: string;

  constructor(path: string, suggestion: string) {
    super(`${path} exists; it is kept`);
    this.name = 'JournalExistsError';
    this.path = path;
    this.suggestion = suggestion;
  }
}
