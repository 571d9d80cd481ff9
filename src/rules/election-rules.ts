import * as z from 'zod';
import { MajorityRuleSchema } from '../domain/vote.js';

const RegionCountsSchema = z.strictObject({
  AFRICA: z.number().int().min(0).max(20),
  AMERICAS: z.number().int().min(0).max(20),
  ASIA: z.number().int().min(0).max(20),
  EUROPE: z.number().int().min(0).max(20),
});

/** R4.1–R4.15, R1.5–R1.8, Q5–Q11, Q17: elections to the Executive Committee. */
export const ElectionRulesSchema = z
  .strictObject({
    /** R4.9: ballots needing two-thirds for the President (CONST Art 16 §2). */
    presidentTwoThirdsBallots: z.number().int().min(0).default(2),
    /** R4.9: majority for the President after those ballots. */
    presidentLaterMajority: MajorityRuleSchema.default('simple'),
    /** R4.10: majority for Vice-Presidents and Delegates (CONST Art 14). */
    otherMajority: MajorityRuleSchema.default('simple'),
    /** Q5: after an inconclusive ballot, drop the lowest (RPEC 7(7)(b)) or keep the top two (UN rule 93). */
    elimination: z.enum(['drop-lowest', 'top-two', 'none']).default('drop-lowest'),
    /** Q6: no automatic dropping of presidential candidates before this ballot. */
    presidentEliminationFromBallot: z.number().int().min(1).default(3),
    /** R4.11: extra ballots between two tied candidates before lots are drawn (GR Art 23 §2). */
    tieExtraBallots: z.number().int().min(0).default(1),
    /**
     * R4.9, R4.11, Q5, Q6: what a tie means on a ballot that needs two-thirds (the President's ballots
     * 1–2). `inconclusive` (default): the tie rule (extra ballot, then lots) belongs to the ballots
     * decided by a simple majority, so a tie under two-thirds is an inconclusive ballot and no lot
     * is ever drawn while two-thirds is required; `tie-break`: apply R4.11 on every ballot (variant).
     */
    tiesUnderTwoThirds: z.enum(['inconclusive', 'tie-break']).default('inconclusive'),
    /** Termination: after this many ballots the seat stays vacant; null means no limit. */
    maxBallots: z.number().int().min(1).nullable().default(10),
    /** Q11: Delegate seats per region. */
    delegateSeats: RegionCountsSchema.default({ AFRICA: 2, AMERICAS: 2, ASIA: 2, EUROPE: 3 }),
    /** Q8: Delegate seats of one region balloted seat by seat, or in one multi-seat ballot. */
    delegateBallot: z.enum(['seat-by-seat', 'multi-seat']).default('seat-by-seat'),
    /** R1.8: terms of office in years (CONST Arts 17 §1, 19). */
    terms: z
      .strictObject({
        president: z.number().int().min(1).default(4),
        vicePresident: z.number().int().min(1).default(3),
        delegate: z.number().int().min(1).default(3),
      })
      .prefault({}),
    /** R4.13: a seat filled on an early vacancy runs a full term (RPGA 49(5)) or the remainder. */
    vacancyTerm: z.enum(['full', 'remainder']).default('full'),
    /** R1.8, Q17: re-election bars apply at the session where the holder's own term ends. */
    reelectionBar: z.boolean().default(true),
    /** R1.5: all members of the Committee from different countries (CONST Art 15). */
    distinctCountries: z.boolean().default(true),
    /** R1.6: President and Vice-Presidents from different continents (CONST Art 16 §3). */
    distinctContinents: z.boolean().default(true),
    /** R1.7: a fourth Vice-President when the continents cannot otherwise be covered (CONST Art 17 §2). */
    fourthVicePresident: z.boolean().default(true),
    /** Q7: reopen a Delegate seat whose holder is elected President or Vice-President. */
    reopenVacatedSeats: z.boolean().default(true),
    /** R4.2: nominations close this many days before the opening (RPGA Art 46(2)). */
    nominationDeadlineDays: z.number().int().min(0).default(45),
  })
  .prefault({});
