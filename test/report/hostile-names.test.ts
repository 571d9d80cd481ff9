import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/index.js';
import { HOSTILE, hostileRun, markupNames, readableText, sweepFixture } from './report-fixtures.js';

/** Every element a report may contain: its own HTML and Vega's SVG. */
const REPORT_TAGS = new Set(
  '!doctype html head meta title style body header div p h1 h2 h3 h4 h5 nav ol ul li a main section article figure figcaption span strong em var code footer table caption thead tbody tr th td dl dt dd svg g path rect line text'.split(' '),
);

const hostileSweep = () =>
  sweepFixture((sweep) => {
    sweep.scenario.title = HOSTILE[0];
    sweep.seats.forEach((seat: { label: string; candidates: { name: string; memberName: string }[] }, s: number) => {
      seat.label = HOSTILE[s % HOSTILE.length]!;
      seat.candidates.forEach((c, i) => ((c.name = HOSTILE[i % HOSTILE.length]!), (c.memberName = HOSTILE[(i + 1) % HOSTILE.length]!)));
    });
    sweep.questions.forEach((q: { title: string }, i: number) => (q.title = HOSTILE[i % HOSTILE.length]!));
  });

describe('a report of hostile names', () => {
  it.each([
    ['run', hostileRun],
    ['sweep', hostileSweep],
  ])('escapes every string of a %s: no markup gets in, and the text still reads as given', async (_kind, input) => {
    const { html, warnings } = await buildReport(input(), { generator: 'gasim test' });
    expect(warnings).toEqual([]);
    const { tags, attributes } = markupNames(html);
    expect([...tags].filter((t) => !REPORT_TAGS.has(t))).toEqual([]);
    expect([...attributes].filter((a) => a.startsWith('on'))).toEqual([]);
    expect(html).not.toContain('<!--');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
    const text = readableText(html);
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('"><img src=x onerror=alert(2)>');
    expect(text).toContain('bell\uFFFDesc\uFFFD[31mnul\uFFFD');
  });
});
