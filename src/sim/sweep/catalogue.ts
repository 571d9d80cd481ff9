import type { Post } from '../../domain/election.js';
import type { CandidateId, ItemId, MemberCode, Region } from '../../domain/ids.js';
import { amendmentsOf, questionOf, titleOf } from '../../scenario/agenda-items.js';
import { memberByCode } from '../../registry/members.js';
import type { Scenario } from '../../scenario/schema.js';

/** A candidate as people read it: the name from the scenario and the member's name. */
export interface CatalogueCandidate {
  readonly id: CandidateId;
  readonly name: string;
  readonly member: MemberCode;
  readonly memberName: string;
}

/** An election item of the scenario: what a sweep reports per seat, with names. */
export interface CatalogueElection {
  readonly item: ItemId;
  readonly title: string;
  readonly post: Post;
  /** The scenario's region: fixed, `auto` (the continent missing, Q9) or none (the President). */
  readonly region: Region | 'auto' | null;
  /** The most seats the item can fill (a contingent item fills only the seats reopened, Q7). */
  readonly seats: number;
  readonly contingent: boolean;
  readonly candidates: readonly CatalogueCandidate[];
}

/** A question the scenario can put: an item's proposal, an amendment or an additional item. */
export interface CatalogueQuestion {
  /** `item`, or `item/amendment` (additional items: `item/add:<id>`), as `QuestionOutcome` keys it. */
  readonly key: string;
  readonly item: ItemId;
  readonly amendment: string | null;
  readonly title: string;
}

/**
 * Everything a sweep summary needs to speak in names rather than ids, in agenda order. Derived
 * from the scenario alone, so every worker, shard and merge of the same scenario has the same one.
 */
export interface SweepCatalogue {
  readonly scenario: string;
  readonly title: string;
  readonly elections: readonly CatalogueElection[];
  readonly questions: readonly CatalogueQuestion[];
}

/** The catalogue of a checked scenario. */
export function catalogueOf(scenario: Scenario): SweepCatalogue {
  const elections: CatalogueElection[] = [];
  const questions: CatalogueQuestion[] = [];
  for (const item of scenario.session.days.flatMap((day) => day.items)) {
    if (item.kind === 'election') {
      elections.push({
        item: item.id,
        title: titleOf(item),
        post: item.post,
        region: item.post === 'president' ? null : (item.region ?? 'auto'),
        seats: item.seats,
        contingent: item.contingent,
        candidates: item.candidates.map((c) => ({ id: c.id, name: c.name, member: c.member, memberName: memberByCode(c.member)?.name ?? c.member })),
      });
      continue;
    }
    if (item.kind === 'agenda-adoption') {
      for (const extra of item.additionalItems) questions.push({ key: `${item.id}/add:${extra.id}`, item: item.id, amendment: `add:${extra.id}`, title: `Additional item: ${extra.title}` });
    }
    for (const amendment of amendmentsOf(item)) {
      questions.push({ key: `${item.id}/${amendment.id}`, item: item.id, amendment: amendment.id, title: `${titleOf(item)}, amendment: ${amendment.title}` });
    }
    if (questionOf(item) !== null) questions.push({ key: item.id, item: item.id, amendment: null, title: titleOf(item) });
  }
  return { scenario: scenario.id, title: scenario.title, elections, questions };
}

export { questionKey } from './question-key.js';

/** The keys (`item#seat`) of every seat the scenario's elections can fill. */
export function seatKeys(catalogue: SweepCatalogue): string[] {
  return catalogue.elections.flatMap((e) => Array.from({ length: e.seats }, (_, i) => `${e.item}#${i + 1}`));
}
