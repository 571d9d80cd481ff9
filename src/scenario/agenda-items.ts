import type { QuestionKind } from '../rules/rule-set.js';
import type { AgendaItem } from './agenda-schema.js';

/** The question an agenda item puts to the Assembly, or null for items decided without a vote. */
export function questionOf(item: AgendaItem): QuestionKind | null {
  switch (item.kind) {
    case 'agenda-adoption':
      return 'agendaAdoption';
    case 'elections-board':
      return 'electionsBoard';
    case 'membership':
      return 'membership';
    case 'resolution':
      return 'resolution';
    case 'programme':
      return 'programme';
    case 'strategic-framework':
      return 'strategicFramework';
    case 'budget':
      return 'budget';
    case 'regulation-amendment':
      return 'regulationAmendment';
    case 'constitution-amendment':
      return 'constitutionAmendment';
    case 'arrears-waiver':
      return 'arrearsWaiver';
    case 'venue':
      return 'venue';
    case 'ceremony':
    case 'report':
    case 'credentials':
    case 'election':
    case 'closing':
      return null;
  }
}

/** The default title of an item, for the agenda and the minutes. */
export function titleOf(item: AgendaItem): string {
  if (item.title) return item.title;
  const titles: Record<AgendaItem['kind'], string> = {
    ceremony: 'Ceremony',
    report: 'Report',
    credentials: 'Report of the Credentials Bureau',
    'agenda-adoption': 'Adoption of the agenda',
    'elections-board': 'Setting up of the Elections Board',
    membership: 'Application for membership',
    resolution: 'Draft resolution',
    programme: 'Programme of activities',
    'strategic-framework': 'Strategic framework',
    budget: 'Draft budget',
    'regulation-amendment': 'Amendment of the General Regulations',
    'constitution-amendment': 'Amendment of the Constitution',
    'arrears-waiver': 'Waiver of arrears',
    venue: 'Venue of a future session',
    election: 'Election',
    closing: 'Closing of the session',
  };
  return titles[item.kind];
}

/** Amendments an item carries (R6.8), in scenario order. */
export function amendmentsOf(item: AgendaItem): readonly { id: string; title: string; remoteness: number; excludes: readonly string[]; acceptedBySponsor: boolean }[] {
  return item.kind === 'resolution' || item.kind === 'regulation-amendment' ? item.amendments : [];
}
