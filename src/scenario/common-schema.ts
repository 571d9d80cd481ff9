import * as z from 'zod';

/** An ISO 3166-1 alpha-3 member code; whether it is a member is checked in stage two. */
export const MemberCodeSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'a member is written as its ISO alpha-3 code in capitals, e.g. FRA');

export const RegionSchema = z.enum(['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE']);

/** Identifier of an agenda item, candidate or amendment: lowercase, digits and dashes. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes, e.g. budget-2026')
  // ids key records (appeal, byItem, transfers): never a name every object already has (issue 18)
  .refine((id) => id !== 'constructor' && id !== 'prototype', 'this id is reserved; choose another, e.g. constructor-item')
  .max(100);

/**
 * A name used as a key (a registry bloc, an item kind, a scripted count's candidate or `yes`/`no`):
 * letters, digits, dashes and underscores only, so that no key carries a control, bidi or markup
 * character into an output (issue 18); whether it names something is checked in stage two.
 */
export const KeySchema = z
  .string()
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'use letters, digits, dashes and underscores, e.g. arab-league');

/** A probability in [0, 1]. */
export const ProbabilitySchema = z.number().min(0).max(1);
