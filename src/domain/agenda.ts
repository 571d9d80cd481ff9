/** Where an agenda item stands; elections end `elected`, `vacant` or `not-held`. */
export type ItemStatus =
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
