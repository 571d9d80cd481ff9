import { choicesOfVotes } from '../../domain/choices.js';
import type { ScriptedBallot } from '../../scenario/behaviour-schema.js';
import type { Scenario } from '../../scenario/schema.js';
import type { BallotRequest, BallotResponse } from '../../domain/ballot-request.js';
import { ballotKeys, isRecordable } from './respond.js';
import { scriptKey } from '../../scenario/script-key.js';

/** The scripted result for a ballot (item, amendment, seat, ballot), which overrides the model, if any. */
export function scriptedBallot(scenario: Scenario, request: BallotRequest): BallotResponse | undefined {
  const key = scriptKey(request);
  const entry = scenario.voting.scripted.find((candidate) => scriptKey(candidate) === key);
  return entry && scriptedResponse(entry, request);
}

/**
 * A scripted entry as a response: its per-member votes for a recorded yes/no ballot; otherwise
 * counts (the entry's, or its votes tallied, so that a secret ballot never names a member).
 * Expected keys missing from the entry count 0.
 */
export function scriptedResponse(entry: ScriptedBallot, request: BallotRequest): BallotResponse {
  if (entry.votes && isRecordable(request)) return { kind: 'recorded', choices: choicesOfVotes(request.electorate, entry.votes) };
  const counts: Record<string, number> = {};
  for (const key of ballotKeys(request)) counts[key] = 0;
  let { abstain, invalid } = entry;
  if (entry.counts) Object.assign(counts, entry.counts);
  else if (entry.votes) {
    for (const choice of Object.values(entry.votes)) {
      if (choice === 'abstain') abstain++;
      else if (choice === 'invalid') invalid++;
      else counts[choice] = (counts[choice] ?? 0) + 1;
    }
  }
  return { kind: 'counts', counts, abstain, invalid };
}
