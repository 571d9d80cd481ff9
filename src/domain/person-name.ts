/**
 * How a person's name reads on a ballot paper and in the minutes: the family name in capitals
 * ("PHILIPPE") and the display name, family name first ("PHILIPPE Lucas", "WANG Yong").
 *
 * A scenario may give both (`familyName`, `displayName`); otherwise they are derived by one rule:
 * - a placeholder that describes a post rather than naming a person ("Delegate of Egypt (name
 *   unconfirmed)", "Head of the French delegation") is used as written, never upper-cased;
 * - a word written in capitals marks the family name ("KIM Jong Yang", "Arturo HERRERA Verdugo");
 * - else the last word with the nobiliary particles before it ("De Buysscher", "van den Berg");
 * - the display name is the family name in capitals, then the other words in their order.
 * A bracketed remark such as "(name unconfirmed)" is dropped. Names written family name first
 * without capitals ("Wang Yong") cannot be told apart: the scenario says `familyName: WANG`.
 */
export interface PersonNames {
  /** In capitals, e.g. "PHILIPPE", "DE BUYSSCHER"; a placeholder as written. */
  readonly familyName: string;
  /** e.g. "PHILIPPE Lucas", "WANG Yong"; a placeholder as written. */
  readonly displayName: string;
}

const PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'du', 'van', 'von', 'der', 'den', 'le', 'la', 'dos', 'das']);

/** A description of a post, not a person's name: "Delegate of Egypt", "Head of the French delegation". */
const PLACEHOLDER = /^(delegate|head|representative|candidate|member|nominee)\b.*\b(of|for)\b/i;

function wordsOf(name: string): string[] {
  return name.replace(/\([^)]*\)/g, ' ').trim().split(/\s+/).filter((w) => w.length > 0);
}

/** Where the family name sits among the words: [start, end) by the derivation rule. */
function familySpan(words: readonly string[]): [number, number] {
  const marked = words.findIndex((w) => w.length > 1 && /\p{Lu}/u.test(w) && w === w.toUpperCase());
  if (marked >= 0 && words.length > 1) return [marked, marked + 1];
  let start = words.length - 1;
  while (start > 0 && PARTICLES.has(words[start - 1]!.toLowerCase())) start -= 1;
  return [Math.max(0, start), words.length];
}

/** The family and display names of `name`, the scenario's explicit ones taking precedence. */
export function personNames(name: string, given: { readonly familyName?: string | undefined; readonly displayName?: string | undefined } = {}): PersonNames {
  const words = wordsOf(name);
  const text = words.join(' ');
  if (given.familyName === undefined && PLACEHOLDER.test(text)) return { familyName: text, displayName: given.displayName ?? text };
  let family: string;
  let rest: string[];
  if (given.familyName !== undefined) {
    family = given.familyName.trim().toUpperCase();
    const parts = wordsOf(given.familyName).map((w) => w.toLowerCase());
    const at = words.findIndex((_, i) => parts.every((p, k) => words[i + k]?.toLowerCase() === p));
    rest = at < 0 ? words : [...words.slice(0, at), ...words.slice(at + parts.length)];
  } else {
    const [start, end] = familySpan(words);
    family = words.slice(start, end).join(' ').toUpperCase();
    rest = [...words.slice(0, start), ...words.slice(end)];
  }
  return { familyName: family, displayName: given.displayName ?? [family, ...rest].join(' ') };
}

/** The family name in capitals by the derivation rule above (no scenario override). */
export function surnameOf(name: string): string {
  return personNames(name).familyName;
}

/** Anything with a name and, from a scenario, its explicit family and display names. */
export interface Named {
  readonly name: string;
  readonly familyName?: string | undefined;
  readonly displayName?: string | undefined;
}

/** The display name of a candidate or holder, e.g. "PHILIPPE Lucas". */
export function displayNameOf(person: Named): string {
  return person.displayName ?? personNames(person.name, person).displayName;
}

/** The family name of a candidate or holder, e.g. "WANG". */
export function familyNameOf(person: Named): string {
  return person.familyName ?? personNames(person.name, person).familyName;
}

/**
 * A rule's explanation with each candidate's id replaced by its display name ("philippe (84)
 * reached 83" → "PHILIPPE Lucas (84) reached 83"), or by `label`: the rules speak in ids, people
 * read names. An id is replaced only as a whole token (not inside a longer id or word).
 */
export function withNames<P extends Named & { readonly id: string }>(text: string, people: readonly P[], label: (person: P) => string = displayNameOf): string {
  return nameReplacer(people, label)(text);
}

/**
 * A token that may be an id (a scenario's ids are `[a-z0-9][a-z0-9-]*`), whole: not inside a longer
 * id or word. One pattern for every list of people: a token is replaced only if it is one of their ids.
 */
const ID_TOKEN = /(?<![\p{L}\d-])[a-z0-9][a-z0-9-]*(?![\p{L}\d-])/gu;

/** `withNames` for many texts over the same people. */
export function nameReplacer<P extends Named & { readonly id: string }>(people: readonly P[], label: (person: P) => string = displayNameOf): (text: string) => string {
  const byId = new Map(people.map((p) => [p.id, label(p)]));
  if (byId.size === 0) return (text) => text;
  return (text) => text.replace(ID_TOKEN, (token) => byId.get(token) ?? token);
}
