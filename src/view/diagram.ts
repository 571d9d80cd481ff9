import type { AnyStateNode } from 'xstate';
import { sessionMachine } from '../machine/session-machine.js';
import { arrows } from './diagram-arrows.js';

/** Words of Mermaid's state-diagram grammar that cannot serve as a state's id. */
const RESERVED = new Set(['state', 'note', 'end', 'as', 'direction', 'class', 'classdef', 'style', 'click', 'hide', 'empty', 'description', 'left', 'right', 'of', 'tb', 'bt', 'lr', 'rl', 'accdescr', 'acctitle', 'root']);

function childrenOf(node: AnyStateNode): AnyStateNode[] {
  return Object.values(node.states) as AnyStateNode[];
}

/** Mermaid ids: the state's key where it is unique and a plain word, else its path; a label keeps the key. */
function mermaidIds(all: readonly AnyStateNode[]): Map<AnyStateNode, string> {
  const count = new Map<string, number>();
  for (const n of all) count.set(n.key, (count.get(n.key) ?? 0) + 1);
  const ids = new Map<AnyStateNode, string>();
  const taken = new Set<string>();
  for (const n of all) {
    const plain = /^[A-Za-z][A-Za-z0-9_]*$/.test(n.key) && !RESERVED.has(n.key.toLowerCase()) && count.get(n.key) === 1;
    let id = plain ? n.key : `s_${n.path.join('_').replace(/[^A-Za-z0-9_]/g, '_')}`;
    while (taken.has(id)) id += '_';
    taken.add(id);
    ids.set(n, id);
  }
  return ids;
}

/** A label Mermaid reads to the end of the line: no line breaks, no `;` (a statement separator), no `#` (an entity). */
function labelText(text: string): string {
  return text.replace(/[\r\n;#]/g, ' ');
}

/**
 * The session statechart as a Mermaid `stateDiagram-v2`, generated from the machine definition:
 * nested states as composite states, guarded transitions as `event [guard]`, each transition drawn
 * inside the composite state that holds both its ends (Mermaid draws none across composite states);
 * the history state as `→ H` on the transitions that return to it, with a note. An event the
 * procedure refuses has no transition (the session driver records the refusal), so nothing is drawn
 * for it; transitions with the same ends share one arrow, one line of its label each.
 */
export function sessionDiagram(root: AnyStateNode = sessionMachine.root): string {
  const all: AnyStateNode[] = [];
  const walk = (n: AnyStateNode) => {
    all.push(n);
    for (const c of childrenOf(n)) walk(c);
  };
  walk(root);
  const ids = mermaidIds(all);
  const id = (n: AnyStateNode) => ids.get(n) ?? n.key;

  // each arrow goes in the block of the composite state that holds both ends
  const byParent = new Map<AnyStateNode | undefined, Map<string, { from: AnyStateNode; to: AnyStateNode; labels: string[] }>>();
  for (const a of all.flatMap(arrows)) {
    const parent = a.from.parent;
    const group = byParent.get(parent) ?? new Map<string, { from: AnyStateNode; to: AnyStateNode; labels: string[] }>();
    byParent.set(parent, group);
    const key = `${id(a.from)} ${id(a.to)}`;
    const entry = group.get(key) ?? { from: a.from, to: a.to, labels: [] };
    group.set(key, entry);
    if (!entry.labels.includes(a.label)) entry.labels.push(a.label);
  }
  const arrowLines = (parent: AnyStateNode, indent: string) =>
    [...(byParent.get(parent)?.values() ?? [])].map((e) => `${indent}${id(e.from)} --> ${id(e.to)}: ${e.labels.map(labelText).join('<br/>')}`);

  const describe = (node: AnyStateNode, indent: string): string[] => {
    if (node.type === 'history') return [];
    const children = childrenOf(node);
    const declared = id(node) === node.key ? [] : [`${indent}state "${labelText(node.key).replace(/"/g, "'")}" as ${id(node)}`];
    if (children.length === 0) return [...declared, node.type === 'final' ? `${indent}${id(node)} --> [*]` : `${indent}${id(node)}`];
    const initial = ((node.initial?.target ?? []) as AnyStateNode[]).map((t) => (t.type === 'history' ? (t.parent ?? t) : t));
    const history = children.find((c) => c.type === 'history');
    const deep = (history?.config as { history?: string } | undefined)?.history === 'deep';
    return [
      ...declared,
      `${indent}state ${id(node)} {`,
      ...initial.map((t) => `${indent}  [*] --> ${id(t)}`),
      ...children.flatMap((child) => describe(child, indent + '  ')),
      ...arrowLines(node, indent + '  '),
      `${indent}}`,
      ...(history === undefined
        ? []
        : [`${indent}note right of ${id(node)}: → H returns to the ${deep ? 'substates' : 'substate'} of ${labelText(node.key)} last active (history)`]),
    ];
  };

  const lines = [
    'stateDiagram-v2',
    ...((root.initial?.target ?? []) as AnyStateNode[]).map((t) => `  [*] --> ${id(t)}`),
    ...childrenOf(root).flatMap((n) => describe(n, '  ')),
    ...arrowLines(root, '  '),
  ];
  return lines.join('\n') + '\n';
}
