import type { MemberCode } from '../domain/ids.js';
import type { CandidateTally, Tally } from '../domain/vote.js';
import { countOfRecord, countWords, differences, recount, type BallotFigures, type Count, type Difference, type Finding, type PaperChoice } from './recount.js';

/** One ballot as the verifier is given it: what the journal holds and what the machine recorded. */
export interface BallotToAudit {
  /** The journal line that carries the ballot's figures (or closes it, when none were given). */
  readonly line: number;
  /** The ballot in words, e.g. "Draft budget" or "Election of the President, ballot 2". */
  readonly title: string;
  /** The method in words, e.g. "a secret ballot". */
  readonly method: string;
  readonly secret: boolean;
  readonly electorate: readonly MemberCode[];
  readonly choices: readonly PaperChoice[];
  readonly figures: BallotFigures;
  /** The result the session recorded for it; null when the record has none. */
  readonly recorded: Tally | CandidateTally | null;
}

/** The verifier's finding on one ballot. Holds counts only, never a member's choice. */
export interface BallotAudit {
  readonly line: number;
  readonly title: string;
  readonly method: string;
  readonly secret: boolean;
  readonly recounted: Count;
  readonly recorded: Count | null;
  readonly differences: readonly Difference[];
  readonly findings: readonly Finding[];
  readonly equal: boolean;
}

/** Recounts a ballot and compares the recount with the record. A secret ballot must come as counts. */
export function auditBallot(ballot: BallotToAudit): BallotAudit {
  const secretPapers = ballot.secret && ballot.figures.kind === 'papers';
  // a secret ballot's papers are never counted one by one here: their presence is the finding
  const figures: BallotFigures = secretPapers ? { kind: 'counts', counts: {}, abstain: 0, invalid: 0 } : ballot.figures;
  const { count, findings } = recount(figures, ballot.electorate, ballot.choices);
  const recorded = ballot.recorded === null ? null : countOfRecord(ballot.recorded, ballot.choices);
  const diff = recorded === null ? [] : differences(count, recorded);
  const allFindings = [
    ...(secretPapers ? ['the journal holds members\' choices for a secret ballot (R3.3); they are not counted or shown'] : []),
    ...(recorded === null ? ['the session recorded no result for this ballot'] : []),
    ...findings,
  ];
  const { line, title, method, secret } = ballot;
  return { line, title, method, secret, recounted: count, recorded, differences: diff, findings: allFindings, equal: recorded !== null && diff.length === 0 && allFindings.length === 0 };
}

/** One line a person reads: the ballot, then "recounted = recorded" with the figures, or what differs. */
export function ballotLine(audit: BallotAudit): string {
  const head = `line ${audit.line}: ${audit.title} (${audit.method})`;
  if (audit.equal) return `${head}: recounted = recorded: ${countWords(audit.recounted)}`;
  const diffs = audit.differences.map((d) => `${d.what} recounted ${d.recounted}, recorded ${d.recorded}`);
  return `${head}: DIFFERS: ${[...diffs, ...audit.findings].join('; ')}`;
}
