import fc from 'fast-check';

const hostileLine = fc.constantFrom(
  '{"seq":1,"event":{"type":"chair.openSession","__proto__":{"polluted":true}}}',
  '{"seq":1,"event":{"type":"delegation.castBallot","votes":{"constructor":"yes"}}}',
  '{"seq":1,"event":{"type":"delegation.castVote"}}',
  '{"seq":1,"event":{"type":"tellers.reportCount","counts":{"yes":1e308},"abstain":-1,"invalid":0}}',
  `{"seq":1,"event":${'['.repeat(3000)}}`,
  '',
);

/** Random mutations of a real journal: cut, torn, lines dropped, duplicated or replaced, values changed. */
export function mutatedJournal(text: string): fc.Arbitrary<string> {
  const lines = text.split('\n').slice(0, -1);
  const index = fc.nat({ max: lines.length - 1 });
  const join = (ls: readonly string[]) => ls.join('\n') + '\n';
  return fc.oneof(
    fc.nat({ max: text.length }).map((n) => text.slice(0, n)),
    index.map((i) => join(lines.filter((_, j) => j !== i))),
    index.map((i) => join([...lines.slice(0, i + 1), ...lines.slice(i)])),
    fc.tuple(index, hostileLine).map(([i, l]) => join([...lines.slice(0, i), l.replace('"seq":1', `"seq":${i}`), ...lines.slice(i + 1)])),
    fc.tuple(index, fc.jsonValue({ maxDepth: 3 })).map(([i, v]) => join([...lines.slice(0, i), JSON.stringify(v), ...lines.slice(i + 1)])),
    fc.tuple(fc.nat({ max: text.length }), fc.string({ unit: 'binary', maxLength: 6 })).map(([n, s]) => text.slice(0, n) + s + text.slice(n + s.length)),
    fc.tuple(index, fc.constantFrom('"yes"', '"no"', '"abstain"', '0', '1', '-1', 'null', '"FRA"', '"__proto__"')).map(([i, v]) =>
      join([...lines.slice(0, i), lines[i]!.replace(/"(yes|no|abstain|[A-Z]{3})"|\b\d+\b/, v), ...lines.slice(i + 1)]),
    ),
  );
}
