/**
 * Where an agenda item stands; elections end `elected`, `vacant` or `not-held`; an urgent additional
 * item is `proposed` until the Assembly places it on the agenda (`pending`) or not (`not-included`);
 * an item without a quorum is `carried-over` to the next sitting or `deferred` (Q1).
 */
export type ItemStatus =
  | 'proposed'
  | 'not-included'
  | 'pending'
  | 'in-debate'
  | 'voting'
  | 'adopted'
  | 'rejected'
  | 'deferred'
  | 'carried-over'
  | 'noted'
  | 'elected'
  | 'vacant'
  | 'not-held';
