import type { SessionView } from '../../src/view/view-model.js';
import type { MemberSearchHit, SessionController } from '../../src/ui/controller.js';

/** A controller that records the commands it receives and serves views set by the test. */
export interface FakeController extends SessionController {
  readonly calls: string[];
  setView(view: SessionView): void;
  setUnsaved(steps: number): void;
}

export function createFakeController(initial: SessionView, members: readonly MemberSearchHit[] = []): FakeController {
  let view = initial;
  let unsaved = 0;
  const listeners = new Set<() => void>();
  const calls: string[] = [];
  const record = (name: string) => () => {
    calls.push(name);
  };
  return {
    calls,
    getView: () => view,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setView: (next) => {
      view = next;
      for (const listener of listeners) listener();
    },
    setUnsaved: (steps) => {
      unsaved = steps;
    },
    step: record('step'),
    endOfItem: record('endOfItem'),
    endOfDay: record('endOfDay'),
    nextDay: record('nextDay'),
    back: record('back'),
    jump: (itemId) => {
      calls.push(`jump ${itemId}`);
    },
    save: () => {
      calls.push('save');
      unsaved = 0;
      return Promise.resolve('session.journal.json');
    },
    unsavedSteps: () => unsaved,
    searchMembers: (query) => members.filter((m) => `${m.code} ${m.name}`.toLowerCase().includes(query.toLowerCase())),
  };
}
