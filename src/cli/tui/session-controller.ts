import type { ItemId } from '../../domain/ids.js';
import type { SessionEvent } from '../../machine/events.js';
import { selectSessionView } from '../../view/session-view.js';
import type { SessionSetup } from '../../scenario/session-setup.js';
import type { SessionView, StatusView } from '../../view/view-model.js';
import { SessionDoesNotEndError } from '../../sim/continue-session.js';
import { selectMemberRights } from '../../view/member-search.js';
import { back, createStepper, rewindTo, step, stepUntil, until, type Stepper } from '../../sim/stepper.js';
import type { Voter } from '../../sim/voter.js';
import type { MemberSearchHit, SessionController } from '../../ui/controller.js';

/** Saves the events taken so far (to `path` for save-as); resolves to the path written. */
export type SaveJournal = (events: readonly SessionEvent[], path?: string) => Promise<string>;

/** Saves the journal; resolves to the path written or the Error to show. */
export async function saveJournal(save: SaveJournal, events: readonly SessionEvent[], path?: string): Promise<string | Error> {
  try {
    return await save(events, path);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * Takes a step of the TUI or training (`next`), or stays at `current` with the reason when the
 * session does not end within the cap every driver shares (issue 18): the screen says why, the
 * user can still save the journal and quit.
 */
export function stepOrStay<T>(current: T, next: () => T): { readonly value: T; readonly status: StatusView | null } {
  try {
    return { value: next(), status: null };
  } catch (error) {
    if (!(error instanceof SessionDoesNotEndError)) throw error;
    return { value: current, status: { message: `${error.message}: ${error.hint}`, kind: 'error' } };
  }
}

/** Members whose code or name matches `query`, with their voting right as the record shows it. */
export function searchMembers(snapshot: Stepper['snapshot'], query: string): MemberSearchHit[] {
  return selectMemberRights(snapshot.context, query);
}

/** The TUI's controller over one session: steps through the stepper and projects views. */
export function createSessionController(options: { setup: SessionSetup; seed: number; voter: Voter; events?: readonly SessionEvent[]; save: SaveJournal }): SessionController {
  let stepper: Stepper = createStepper(options.setup, options.seed, options.events ?? []);
  let saved = stepper.events.length;
  let view: SessionView = selectSessionView(stepper.snapshot, { showVotes: true });
  const listeners = new Set<() => void>();
  const update = (next: Stepper | (() => Stepper)) => {
    const taken = typeof next === 'function' ? stepOrStay(stepper, next) : { value: next, status: null };
    stepper = taken.value;
    const projected = selectSessionView(stepper.snapshot, { showVotes: true });
    view = taken.status ? { ...projected, status: taken.status } : projected;
    for (const l of listeners) l();
  };
  const jumpTo = (itemId: ItemId) => {
    const index = options.setup.items.findIndex((i) => i.id === itemId);
    if (index < 0) return;
    const pending = (s: Stepper['snapshot']) => s.context.statuses[index] === 'pending';
    const rewound = pending(stepper.snapshot) ? stepper : rewindTo(stepper, pending);
    update(pending(rewound.snapshot) ? () => stepUntil(rewound, options.voter, until.itemOpened(index)) : rewound);
  };
  return {
    getView: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    step: () => update(() => step(stepper, options.voter)),
    endOfItem: () => update(() => stepUntil(stepper, options.voter, until.endOfItem)),
    endOfDay: () => update(() => stepUntil(stepper, options.voter, until.endOfDay)),
    nextDay: () => update(() => stepUntil(stepper, options.voter, until.nextDay)),
    back: () => update(back(stepper)),
    jump: jumpTo,
    async save(path) {
      const count = stepper.events.length;
      const result = await saveJournal(options.save, stepper.events, path);
      if (!(result instanceof Error)) saved = count;
      return result;
    },
    unsavedSteps: () => Math.max(0, stepper.events.length - saved),
    searchMembers: (query) => searchMembers(stepper.snapshot, query),
  };
}
