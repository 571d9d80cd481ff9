import type { AnyStateNode } from 'xstate';

// Which arrows the statechart diagram draws, and with what label: events with their guards in
// words, transitions across composite states drawn where Mermaid can.

type Transition = { readonly eventType: string; readonly target?: readonly AnyStateNode[]; readonly guard?: unknown; readonly actions: readonly unknown[] };


function nameOf(action: unknown): string {
  return typeof action === 'string' ? action : ((action as { type?: string }).type ?? '');
}

/** A guard in words: its name, or the names of the guards it combines (`a and b`, `not a`). */
function guardText(guard: unknown): string {
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'function') {
    const combined = guard as { guards?: unknown; check?: { name?: string } };
    const parts = (Array.isArray(combined.guards) ? combined.guards : [combined.guards]).map(guardText);
    const how = combined.check?.name ?? '';
    if (how === 'checkNot') return `not ${parts.join(' and ')}`;
    if (parts.length > 0 && parts.every((p) => p !== '')) return parts.join(how === 'checkOr' ? ' or ' : ' and ');
    return guard.name === '' ? 'guarded' : guard.name;
  }
  if (guard !== null && typeof guard === 'object') return (guard as { type?: string }).type ?? 'guarded';
  return '';
}

function guardOf(transition: Transition): string {
  return transition.guard === undefined ? '' : ` [${guardText(transition.guard)}]`;
}

/** The node and its ancestors, the node first. */
function lineage(node: AnyStateNode): AnyStateNode[] {
  const out: AnyStateNode[] = [];
  for (let n: AnyStateNode | undefined = node; n !== undefined; n = n.parent) out.push(n);
  return out;
}

/** One arrow of the diagram: a transition drawn between two states of the same composite state. */
export interface Arrow {
  readonly from: AnyStateNode;
  readonly to: AnyStateNode;
  readonly label: string;
}

/**
 * Mermaid draws a transition only between states of the same composite state. A transition between
 * substates of different composite states is drawn between their ancestors that share a parent, and
 * its label names the substates (`(from floor)`, `(to voting)`). A history state is not drawn (Mermaid
 * has none): a transition to it goes to its composite state, marked `→ H`, and a note explains H.
 */
function drawn(source: AnyStateNode, target: AnyStateNode, label: string): Arrow {
  const history = target.type === 'history' ? target : undefined;
  const to = history?.parent ?? target;
  // the innermost composite state holding both ends, and the ends' ancestors just inside it
  const targetLine = lineage(to);
  const sourceLine = lineage(source);
  const common = sourceLine.find((n) => n !== source && n !== to && targetLine.includes(n));
  if (common === undefined) return { from: source, to, label };
  const from = sourceLine[sourceLine.indexOf(common) - 1] ?? source;
  const into = targetLine[targetLine.indexOf(common) - 1] ?? to;
  const notes = [
    ...(from !== source ? [`from ${source.key}`] : []),
    ...(into !== to ? [`to ${to.key}`] : []),
  ];
  return { from, to: into, label: `${label}${history ? ' → H' : ''}${notes.length ? ` (${notes.join(', ')})` : ''}` };
}

/** The arrows a state's transitions draw (its own and its eventless ones). */
export function arrows(node: AnyStateNode): Arrow[] {
  const out: Arrow[] = [];
  for (const [eventType, list] of node.transitions as Map<string, Transition[]>) {
    if (eventType === '*') continue;
    for (const t of list) {
      const targets = t.target?.length ? t.target : [node];
      for (const target of targets) out.push(drawn(node, target, `${eventType}${guardOf(t)}`));
    }
  }
  for (const t of node.always ?? []) {
    for (const target of t.target ?? []) out.push(drawn(node, target, `always${guardOf(t)}`));
  }
  return out;
}
