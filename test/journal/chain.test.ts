import { describe, expect, it } from 'vitest';
import { CHAIN_GENESIS, chainHash, checkSealedLine, runsOnAfterSeal, sealLine, sha256, unsealLine } from '../../src/journal/chain.js';

/** Three sealed lines: a header and two events. */
function chain(): { lines: string[]; hashes: string[] } {
  const contents = ['{"format":"gasim/journal@2","seed":7}', '{"seq":1,"event":{"type":"chair.openSession"}}', '{"seq":2,"event":{"type":"chair.openItem"}}'];
  const lines: string[] = [];
  const hashes: string[] = [];
  let previous = CHAIN_GENESIS;
  for (const c of contents) {
    const sealed = sealLine(previous, c);
    lines.push(sealed.line);
    hashes.push((previous = sealed.hash));
  }
  return { lines, hashes };
}

describe('the journal hash chain', () => {
  it('seals a line with the SHA-256 of the previous hash, a newline and the content, as its last key', () => {
    const sealed = sealLine('sha256:abc', '{"seq":1}');
    expect(sealed.hash).toBe(sha256('sha256:abc\n{"seq":1}'));
    expect(sealed.line).toBe(`{"seq":1,"hash":"${sealed.hash}"}`);
    expect(JSON.parse(sealed.line)).toEqual({ seq: 1, hash: sealed.hash });
    expect(unsealLine(sealed.line)).toEqual({ content: '{"seq":1}', hash: sealed.hash });
    // a known vector: sha256("abc")
    expect(sha256('abc')).toBe('sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('refuses to seal what is not a non-empty JSON object', () => {
    expect(() => sealLine(CHAIN_GENESIS, '{}')).toThrow(TypeError);
    expect(() => sealLine(CHAIN_GENESIS, '[1]')).toThrow(TypeError);
  });

  it('accepts an intact chain line by line', () => {
    const { lines, hashes } = chain();
    let previous = CHAIN_GENESIS;
    lines.forEach((line, i) => {
      const checked = checkSealedLine(previous, line, i + 1, hashes.slice(0, i));
      expect(checked).toEqual({ hash: hashes[i] });
      previous = checked.hash!;
    });
  });

  it('names an edited line and both hashes', () => {
    const { lines, hashes } = chain();
    const edited = lines[2]!.replace('openItem', 'openItex');
    const checked = checkSealedLine(hashes[1]!, edited, 3, hashes.slice(0, 2));
    expect(checked.hash).toBe(hashes[2]);
    expect(checked.broken).toMatchObject({ line: 3, code: 'journal/chain-broken' });
    expect(checked.broken!.message).toMatch(/^line 3 was changed after it was written \(or line 2 was\): it records sha256:[0-9a-f]{12}…, its text after line 2 hashes to sha256:[0-9a-f]{12}…$/);
  });

  it('names an edited header', () => {
    const { lines } = chain();
    const checked = checkSealedLine(CHAIN_GENESIS, lines[0]!.replace('"seed":7', '"seed":8'), 1);
    expect(checked.broken).toMatchObject({ line: 1, code: 'journal/chain-broken' });
    expect(checked.broken!.message).toMatch(/^the header was changed after it was written/);
  });

  it('tells a line that follows another line than the one before it (lines removed, inserted or moved)', () => {
    const { lines, hashes } = chain();
    // a line inserted after the header: the old line 2, now line 3, was written after line 1
    const inserted = sealLine(hashes[0]!, '{"seq":1,"event":{"type":"chair.closeSession"}}');
    const checked = checkSealedLine(inserted.hash, lines[1]!, 3, [hashes[0]!, inserted.hash]);
    expect(checked.broken).toMatchObject({ line: 3, code: 'journal/chain-order' });
    expect(checked.broken!.message).toBe('line 3 was written after line 1, not after line 2: lines were removed, inserted or moved before it');
  });

  it('reports a line without a hash', () => {
    expect(checkSealedLine(CHAIN_GENESIS, '{"seq":1}', 2).broken).toMatchObject({ line: 2, code: 'journal/no-hash' });
    expect(checkSealedLine(CHAIN_GENESIS, '{"format":"x"}', 1).broken!.message).toMatch(/^the header has no hash/);
    expect(checkSealedLine(CHAIN_GENESIS, `{"hash":"${sha256('')}"}`, 2).broken).toMatchObject({ code: 'journal/no-hash' });
  });

  it('tells a line cut short from a whole line with bytes run on after it', () => {
    const { lines } = chain();
    expect(runsOnAfterSeal(lines[1]!.slice(0, 30))).toBe(false);
    expect(runsOnAfterSeal(lines[1]!)).toBe(false);
    expect(runsOnAfterSeal(`${lines[1]!}x`)).toBe(true);
  });

  it('chains each hash to the one before: the same content after another line hashes differently', () => {
    expect(chainHash('sha256:a', '{"x":1}')).not.toBe(chainHash('sha256:b', '{"x":1}'));
  });
});
