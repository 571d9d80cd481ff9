import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, trustedHtml } from '../../src/report/html.js';
import { propertyRuns } from '../test-utils/property-runs.js';

describe('html', () => {
  it.each([
    ['a tag', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['quotes that would close an attribute', `x" onload="y' z`, 'x&quot; onload=&quot;y&#39; z'],
    ['an ampersand', 'R&D', 'R&amp;D'],
    ['control characters, shown as U+FFFD', 'a\u0000b\u0007c\u001Bd\u007Fe\u0085f', 'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf'],
    ['a lone surrogate', 'x\uD800y', 'x\uFFFDy'],
    ['tabs, line breaks and astral characters as they are', 'a\tb\nc 🗳️', 'a\tb\nc 🗳️'],
  ])('escapes %s', (_name, text, expected) => {
    expect(escapeHtml(text)).toBe(expected);
    expect(html`<p title="${text}">${text}</p>`.__html).toBe(`<p title="${expected}">${expected}</p>`);
  });

  it('keeps trusted markup and nested fragments, joins arrays, drops null, undefined and false', () => {
    const items = ['<a>', 'b'].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${trustedHtml('<br>')}${3}`.__html).toBe('<ul><li>&lt;a&gt;</li><li>b</li></ul><br>3');
  });

  it('never lets an interpolated string open a tag or leave an attribute', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const out = html`<td data-x="${text}">${text}</td>`.__html;
        const escaped = escapeHtml(text);
        expect(out).toBe(`<td data-x="${escaped}">${escaped}</td>`);
        expect(escaped).not.toMatch(/[<>"']|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
      }),
      { numRuns: propertyRuns(1000, 200) },
    );
  });
});
