import type { Citation } from '../domain/ids.js';

/** Notes that a rule was applied at a place of the minutes ("item 16"); null is ignored. */
export type Applied = (citation: Citation | null, where: string) => void;

/** What each rule of the project's digest says, in a line (../shared/domain/interpol-rules.md). */
const RULE_WORDS: Readonly<Record<string, string>> = {
  'R1.4': 'Admission of a new member: two-thirds of the members present and voting',
  'R1.5': 'The Executive Committee: the President, three Vice-Presidents and nine Delegates',
  'R1.9': 'An outgoing member of the Committee leaves after the closing of the session',
  'R2.1': 'One vote per member represented; a member not represented cannot vote',
  'R2.2': 'Decisions by simple majority unless the Constitution requires two-thirds',
  'R2.3': 'A majority counts only the members present casting a yes or no vote',
  'R2.4': 'A majority of the members: the base is the whole membership',
  'R2.5': 'Two-thirds of the members present and voting',
  'R2.5(c),(d)': 'Amendments to the General Regulations and the Rules of Procedure: two-thirds',
  'R2.5(e)': 'An urgent additional item: two-thirds of the members present and voting',
  'R2.6': 'Amendments to the Constitution: two-thirds of all members of the Organization',
  'R2.8': 'A member whose voting rights are suspended cannot vote in any ballot',
  'R2.9': 'An appeal against a ruling of the President',
  'R2.10': 'No quorum rule in the Constitution, the General Regulations or the Rules of Procedure',
  'R3.2': 'Recorded votes enter the summary record, in French alphabetical order',
  'R3.3': 'A secret ballot: only the result is published',
  'R3.4': 'Elections are held by secret ballot',
  'R3.5': 'A proposal to vote by secret ballot',
  'R3.7': 'The order in which a result is announced',
  'R4.2': 'Nominations arrive at least 45 days before the opening',
  'R4.4': 'A nominee belongs to the delegation and accepts in writing',
  'R4.6': 'The Elections Board lists the valid nominations',
  'R4.8': 'Each seat is voted on in turn; a candidate elected leaves the paper',
  'R4.9': 'The President: two-thirds on the first two ballots, then a simple majority',
  'R4.10': 'Vice-Presidents and Delegates: a simple majority of votes expressed',
  'R4.11': 'A tie: an extra ballot, then lots',
  'R4.13': 'A seat vacated before its term ends',
  'R5.2': 'The venue of a future session',
  'R5.5': 'Adoption of the agenda; urgent additional items',
  'R5.6': 'Credentials: a delegation whose credentials are refused attends without a vote',
  'R5.11': 'Observers',
  'R6.4': 'Procedural motions',
  'R6.8': 'Amendments: the furthest removed is put first',
  'R7.5': 'The budget and the programme of activities: a simple majority',
  'R8.1': 'Voting rights suspended for contributions unpaid for two years',
  'R8.4': 'A member in arrears cannot put forward a nominee',
  'R9.3': 'Delegate seats per region',
  Q1: 'Quorum (a project setting)',
  Q2: 'An equally divided vote rejects the proposal (project default)',
  Q5: 'Who goes on to the next ballot (project default)',
  Q6: 'Presidential candidates stay on the paper until the simple-majority ballot (project default)',
  Q7: 'A seat vacated when its holder moves up is filled at the same session (project default)',
  Q11: 'Delegate seats per region (project default)',
  Q13: 'Waiver of arrears (project default)',
  Q18: 'Nominees and arrears (project default)',
};

function ruleWords(rule: string): string {
  return RULE_WORDS[rule] ?? RULE_WORDS[rule.replace(/\(.*$/, '')] ?? 'See the rules digest';
}

/** The rules applied, each with where: an `Applied` to note them and the annex to print them. */
export function rulesApplied(): { applied: Applied; annex: () => string[] } {
  const rules = new Map<string, { rule: string; sources: Set<string>; places: string[] }>();
  const applied: Applied = (citation, where) => {
    if (citation === null) return;
    const entry = rules.get(citation.rule) ?? { rule: citation.rule, sources: new Set<string>(), places: [] };
    for (const source of citation.source.split(/;\s*/)) if (source && !/^(R|Q)\d/.test(source)) entry.sources.add(source);
    if (!entry.places.includes(where)) entry.places.push(where);
    rules.set(citation.rule, entry);
  };
  const annex = () => {
    // the digest's rules first, then the project's defaults, each in numeric order
    const order = (r: string) => `${r.startsWith('R') ? 0 : 1}${r.replace(/\d+/g, (n) => n.padStart(3, '0'))}`;
    const rows = [...rules.values()].sort((a, b) => order(a.rule).localeCompare(order(b.rule)));
    return [
      '| Rule | What it says | Citation | Where applied |',
      '|---|---|---|---|',
      ...rows.map((r) => `| ${r.rule} | ${ruleWords(r.rule)} | ${[...r.sources].join('; ') || (r.rule.startsWith('Q') ? 'project default' : '—')} | ${placesWords(r.places)} |`),
    ];
  };
  return { applied, annex };
}

/** "attendance; items 3, 4, 6" from the places noted in order. */
function placesWords(places: readonly string[]): string {
  const items = places.filter((p) => /^item \d+$/.test(p)).map((p) => p.slice(5));
  const others = places.filter((p) => !/^item \d+$/.test(p));
  const itemWords = items.length === 0 ? [] : [`item${items.length === 1 ? '' : 's'} ${items.join(', ')}`];
  return [...others, ...itemWords].join('; ');
}
