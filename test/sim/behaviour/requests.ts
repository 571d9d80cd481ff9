import type { Candidate } from '../../../src/domain/election.js';
import { MEMBERS } from '../../../src/registry/members.js';
import type { BallotRequest } from '../../../src/domain/ballot-request.js';
import { SYNTHETIC_CANDIDATES } from '../../fixtures/synthetic-scenario.js';

export const ALL_CODES: readonly string[] = MEMBERS.map((member) => member.iso3);

const REGION_OF: Record<string, Candidate['region']> = { BRA: 'AMERICAS', CHN: 'ASIA', NGA: 'AFRICA', FRA: 'EUROPE' };

/** The synthetic scenario's candidates as the machine would put them on a paper. */
export const CANDIDATES: readonly Candidate[] = SYNTHETIC_CANDIDATES.map((c) => ({
  ...c,
  region: REGION_OF[c.member]!,
  nominatedBy: c.member,
}));

export function questionRequest(overrides: Partial<BallotRequest> = {}): BallotRequest {
  return {
    item: 'budget-2026',
    itemKind: 'budget',
    amendment: null,
    additionalItem: null,
    procedural: null,
    kind: 'question',
    secret: false,
    electorate: ALL_CODES,
    paper: [],
    nominated: [],
    seat: 1,
    ballot: 1,
    ...overrides,
    method: overrides.method ?? (overrides.secret ? 'secret' : 'electronic-recorded'),
  };
}

export function electionRequest(paperIds: readonly string[], overrides: Partial<BallotRequest> = {}): BallotRequest {
  return questionRequest({
    item: 'elect-president',
    itemKind: 'election',
    kind: 'election',
    secret: true,
    paper: CANDIDATES.filter((candidate) => paperIds.includes(candidate.id)),
    nominated: CANDIDATES,
    ...overrides,
  });
}
