const PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'du', 'van', 'von', 'der', 'den', 'le', 'la', 'dos', 'das']);

/**
 * The surname by the rule used on ballot papers here: a word written in capitals where the name
 * marks it so ("KIM Jong Yang", family name first), else the last word with the nobiliary
 * particles before it ("De Buysscher", "van den Berg"), upper-cased; a bracketed remark such as
 * "(name unconfirmed)" is dropped.
 */
export function surnameOf(name: string): string {
  const words = name.replace(/\([^)]*\)/g, ' ').trim().split(/\s+/);
  const marked = words.findIndex((w) => w.length > 1 && /\p{Lu}/u.test(w) && w === w.toUpperCase());
  if (marked >= 0 && words.length > 1) return words[marked]!;
  let start = words.length - 1;
  while (start > 0 && PARTICLES.has(words[start - 1]!.toLowerCase())) start -= 1;
  return words.slice(Math.max(0, start)).join(' ').toUpperCase();
}
