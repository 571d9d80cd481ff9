/**
 * Where an agenda item stands; elections end `elected`, `vacant` or `not-held`; an urgent additional
 * item is `proposed` until the Assembly places it on the agenda (`pending`) or not (`not-included`).
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
  | 'noted'
  | 'elected'
  | 'vacant'
  | 'not-held';
