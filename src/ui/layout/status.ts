import type { ItemStatus } from '../../view/view-model.js';
import type { Tone } from './line.js';

/** How an agenda status is shown: a symbol and a word always, a colour on top. */
export interface StatusLook {
  readonly symbol: string;
  readonly word: string;
  readonly tone: Tone;
}

// '‖' rather than '⏸' for deferred: the emoji-capable pause sign is two columns wide in some terminals.
const LOOKS: Readonly<Record<ItemStatus, StatusLook>> = {
  proposed: { symbol: '?', word: 'proposed', tone: 'muted' },
  'not-included': { symbol: '–', word: 'not on the agenda', tone: 'muted' },
  pending: { symbol: '·', word: '', tone: 'pending' },
  'in-debate': { symbol: '▶', word: 'in debate', tone: 'current' },
  voting: { symbol: '▶', word: 'voting', tone: 'current' },
  adopted: { symbol: '✔', word: 'adopted', tone: 'adopted' },
  rejected: { symbol: '✖', word: 'rejected', tone: 'rejected' },
  deferred: { symbol: '‖', word: 'deferred', tone: 'deferred' },
  'carried-over': { symbol: '↷', word: 'carried over', tone: 'deferred' },
  noted: { symbol: '✔', word: 'noted', tone: 'adopted' },
  elected: { symbol: '✔', word: 'elected', tone: 'adopted' },
  vacant: { symbol: '○', word: 'vacant', tone: 'deferred' },
  'not-held': { symbol: '–', word: 'not held', tone: 'muted' },
};

/** The look of an item; the current item is always marked ▶ whatever its status. */
export function statusLook(status: ItemStatus, current: boolean): StatusLook {
  const look = LOOKS[status];
  if (!current) return look;
  return { symbol: '▶', word: look.word || 'current', tone: 'current' };
}
