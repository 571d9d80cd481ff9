import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMachine, type AnyStateNode } from 'xstate';
import { mermaidScript, renderMermaidSvg } from '../../src/cli/diagram-svg.js';
import { sessionDiagram } from '../../src/view/diagram.js';
import { sessionMachine } from '../../src/machine/session-machine.js';
import { chromiumMissing, launchBrowser, type Browser } from '../test-utils/browser.js';

// issue 17: `gasim diagram` is read by Mermaid's own parser (Mermaid's browser build in Debian's Chromium)
const missing = chromiumMissing();
if (missing !== null) console.warn(`\n*** Mermaid diagram test NOT RUN: ${missing} ***\n`);

interface Parsed {
  readonly nodes: readonly { id: string; parentId?: string; label?: string; shape?: string }[];
  readonly edges: readonly { start: string; end: string; label?: string }[];
}

/** What Mermaid's parser makes of the text: its states (with their composite state) and transitions. */
async function parse(page: Page, text: string): Promise<Parsed | { error: string }> {
  return page.evaluate(async (source: string) => {
    const api = (globalThis as unknown as { mermaid: { initialize(c: object): void; parse(t: string): Promise<unknown>; mermaidAPI: { getDiagramFromText(t: string): Promise<{ db: { getData(): Parsed } }> } } }).mermaid;
    api.initialize({ startOnLoad: false, securityLevel: 'strict' });
    try {
      await api.parse(source);
      const { nodes, edges } = (await api.mermaidAPI.getDiagramFromText(source)).db.getData();
      return {
        nodes: nodes.map((n) => ({ id: n.id, parentId: n.parentId, label: String(n.label ?? ''), shape: n.shape })),
        edges: edges.map((e) => ({ start: e.start, end: e.end, label: String(e.label ?? '') })),
      };
    } catch (error) {
      return { error: String((error as Error).message ?? error) };
    }
  }, text);
}

function states(node: AnyStateNode): AnyStateNode[] {
  return (Object.values(node.states) as AnyStateNode[]).flatMap((n) => [n, ...states(n)]);
}

/** Transitions whose ends lie in different composite states: Mermaid does not support them (a note's own dashed link aside). */
function crossing(parsed: Parsed): string[] {
  const parent = new Map(parsed.nodes.map((n) => [n.id, n.parentId ?? '(top)']));
  const notes = new Set(parsed.nodes.filter((n) => n.shape === 'note').map((n) => n.id));
  return parsed.edges.filter((e) => !notes.has(e.end) && !notes.has(e.start) && parent.get(e.start) !== parent.get(e.end)).map((e) => `${e.start} (in ${parent.get(e.start)}) --> ${e.end} (in ${parent.get(e.end)})`);
}

// ids Mermaid cannot take as they are (a word of its grammar, a dash, a key used twice), a deep
// history state and transitions between substates of different composite states
const awkward = createMachine({
  id: 'awkward',
  initial: 'a-b',
  states: {
    'a-b': { initial: 'x', states: { x: { on: { GO: '#awkward.end.x' } }, y: {} }, on: { BACK: '.y' } },
    end: {
      initial: 'x',
      states: { x: { on: { OUT: '#awkward.state' } }, note: { initial: 'p', states: { p: { on: { UP: '#awkward.a-b.y' } } } }, h: { type: 'history', history: 'deep' } },
    },
    state: { on: { RETURN: '#awkward.end.h' }, type: 'final' },
  },
});

describe.skipIf(missing !== null && process.env.CI !== 'true')('gasim diagram in Mermaid', () => {
  let browser: Browser;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'gasim-mermaid-'));

  beforeAll(async () => {
    const html = join(dir, 'mermaid.html');
    writeFileSync(html, `<!doctype html><html><head><script src="${pathToFileURL(mermaidScript()).href}"></script></head><body></body></html>`);
    browser = await launchBrowser();
    const opened = await browser.open(html, { width: 1200, height: 800 });
    page = opened.page;
    expect(opened.problems).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const [name, root] of [['the session machine', sessionMachine.root], ['a machine with awkward names', awkward.root]] as const) {
    describe(name, () => {
      const text = sessionDiagram(root);
      let parsed: Parsed;
      beforeAll(async () => {
        const result = await parse(page, text);
        if ('error' in result) throw new Error(`Mermaid rejects the diagram: ${result.error}\n${text}`);
        parsed = result;
      });

      it('has no transition between substates of different composite states', () => {
        expect(crossing(parsed)).toEqual([]);
      });

      it('draws every state but the history state, and the history state as a note', () => {
        const all = states(root);
        const labels = parsed.nodes.map((n) => n.label ?? n.id);
        const history = all.filter((s) => s.type === 'history');
        expect(history.length).toBeGreaterThan(0);
        for (const s of all.filter((s) => s.type !== 'history')) expect(labels, s.key).toContain(s.key);
        for (const h of history) expect(parsed.nodes.map((n) => n.id), h.key).not.toContain(h.key);
        expect(parsed.nodes.filter((n) => n.shape === 'note').map((n) => n.label)).toEqual(history.map((h) => expect.stringContaining(`→ H returns to the`)));
        expect(parsed.edges.filter((e) => e.label?.includes('→ H')).length).toBeGreaterThan(0);
      });
    });
  }

  it('gasim diagram --format svg is Mermaid\'s SVG, well-formed XML with the states as text', async () => {
    const svg = await renderMermaidSvg(sessionDiagram());
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    const check = await page.evaluate((source: string) => {
      const doc = new (globalThis as unknown as { DOMParser: new () => { parseFromString(s: string, t: string): { querySelector(q: string): unknown; querySelectorAll(q: string): { textContent: string | null }[] } } }).DOMParser().parseFromString(source, 'image/svg+xml');
      return { error: doc.querySelector('parsererror') !== null, html: doc.querySelector('foreignObject') !== null, text: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '').join(' ') };
    }, svg);
    expect(check.error).toBe(false);
    expect(check.html).toBe(false);
    for (const s of ['preSession', 'appealVoting', 'announced', 'closed']) expect(check.text).toContain(s);
  });
});
