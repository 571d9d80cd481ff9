const PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'du', 'van', 'von', 'der', 'den', 'le', 'la', 'dos', 'das']);

/**
 * The surname by the rule used on ballot papers here: the last word, with a nobiliary particle
 * kept ("De Buysscher"), upper-cased; a bracketed remark such as "(name unconfirmed)" is dropped.
 */
export function surnameOf(name: string): string {
  const words = name.replace(/\([^)]*\)/g, ' ').trim().split(/\s+/);
  const last = words.length - 1;
  const start = last > 0 && PARTICLES.has(words[last - 1]!.toLowerCase()) ? last - 1 : last;
  return words.slice(Math.max(0, start)).join(' ').toUpperCase();
}
