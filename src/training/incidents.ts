import { produce } from 'immer';
import type { SessionSetup } from '../scenario/session-setup.js';
import { nextFloat, nextInt, type RngState } from '../random/seeded-rng.js';
import type { Scenario } from '../scenario/schema.js';
import type { Incident, Training } from '../scenario/training-schema.js';

const DAY_MS = 86_400_000;

/**
 * Applies the incidents that belong to the scenario itself rather than to a moment of the session:
 * a disputed credential (R5.6) and a late nomination (R4.2). Returns a new scenario.
 */
export function applyScenarioIncidents(scenario: Scenario, incidents: readonly Incident[]): Scenario {
  return produce(scenario, (draft) => {
    const opening = Date.parse(draft.session.days[0]!.date);
    for (const incident of incidents) {
      if (incident.kind === 'credentials-disputed') {
        const disputed = draft.members.credentials.disputed;
        if (!disputed.some((d) => d.member === incident.member)) disputed.push({ member: incident.member, ruling: incident.ruling });
      }
      if (incident.kind === 'late-nomination') {
        const items = draft.session.days.flatMap((d) => d.items);
        const item = items.find((i) => i.id === incident.item);
        const candidate = item?.kind === 'election' ? item.candidates.find((c) => c.id === incident.candidate) : undefined;
        if (candidate) candidate.nominationReceived = new Date(opening - incident.daysBeforeOpening * DAY_MS).toISOString().slice(0, 10);
      }
    }
  });
}

/** Incidents that could happen in this session, one per opportunity, for `random.rate`. */
function opportunities(setup: SessionSetup, member: () => string): Incident[] {
  return setup.items.flatMap((item): Incident[] => {
    if (item.kind === 'election') {
      const nominated = setup.nominations[item.id] ?? [];
      const last = nominated[nominated.length - 1];
      return nominated.length >= 3 && last ? [{ kind: 'candidate-withdraws', item: item.id, candidate: last.candidate.id, beforeBallot: 2 }] : [];
    }
    if (!('method' in item)) return [];
    return [
      { kind: 'point-of-order', item: item.id, aboutVoting: true },
      { kind: 'adjourn-debate', item: item.id, member: member() },
      { kind: 'tie', item: item.id, ballot: 1 },
      { kind: 'invalid-paper', item: item.id, count: 1 },
    ];
  });
}

/**
 * The incidents of a training run: those the scenario lists, plus, with `random.rate` above 0,
 * each further opportunity with that probability, drawn with the seeded generator (principle 2).
 */
export function scheduleIncidents(setup: SessionSetup, training: Training, rng: RngState): { incidents: Incident[]; rng: RngState } {
  let state = rng;
  const codes = setup.standings.filter((s) => s.represented).map((s) => s.code);
  const member = () => {
    const [i, next] = nextInt(state, Math.max(1, codes.length));
    state = next;
    return codes[i] ?? 'FRA';
  };
  const chosen: Incident[] = [...training.incidents];
  if (training.random.rate > 0) {
    for (const incident of opportunities(setup, member)) {
      const [x, next] = nextFloat(state);
      state = next;
      const busy = chosen.some((c) => 'item' in c && 'item' in incident && c.item === incident.item);
      if (x < training.random.rate && !busy) chosen.push(incident);
    }
  }
  return { incidents: chosen, rng: state };
}
