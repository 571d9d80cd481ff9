import { z } from 'zod';

/** The majorities a question or a ballot may need (R2.2–R2.6, Q3, Q4); see MajorityRule. */
export const MajorityRuleSchema = z.enum([
  'simple',
  'two-thirds-present-voting',
  'two-thirds-all-members',
  'majority-all-members',
  'plurality',
]);
