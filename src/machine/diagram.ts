import type { AnyStateNode } from 'xstate';
import { sessionMachine } from './session-machine.js';

type Transition = { readonly eventType: string; readonly target?: readonly AnyStateNode[]; readonly guard?: unknown; readonly actions: readonly unknown[] };

const REJECTIONS = new Set(['reject', 'rejectUnexpected']);

function nameOf(action: unknown): string {
  return typeof action === 'string' ? action : ((action as { type?: string }).type ?? '');
}

function guardOf(transition: Transition): string {
  const guard = transition.guard as string | { type: string } | undefined;
  if (guard === undefined) return '';
  return ` [${typeof guard === 'string' ? guard : guard.type}]`;
}

/** Whether a transition only records a rejection (shown in the diagram as nothing happening). */
function isRejection(transition: Transition): boolean {
  return transition.guard === undefined && transition.actions.length > 0 && transition.actions.every((a) => REJECTIONS.has(nameOf(a)));
}

function arrows(node: AnyStateNode): string[] {
  const out: string[] = [];
  for (const [eventType, list] of node.transitions as Map<string, Transition[]>) {
    if (eventType === '*') continue;
    for (const t of list) {
      if (isRejection(t)) continue;
      const targets = t.target?.length ? t.target : [node];
      for (const target of targets) out.push(`${node.key} --> ${target.key}: ${eventType}${guardOf(t)}`);
    }
  }
  for (const t of node.always ?? []) {
    for (const target of t.target ?? []) out.push(`${node.key} --> ${target.key}: always${guardOf(t)}`);
  }
  return out;
}

function describe(node: AnyStateNode, indent: string): string[] {
  const children = Object.values(node.states) as AnyStateNode[];
  if (node.type === 'history') return [`${indent}state "history (H)" as ${node.key}`];
  if (children.length === 0) return node.type === 'final' ? [`${indent}${node.key} --> [*]`] : [`${indent}${node.key}`];
  const initial = (node.initial?.target ?? []) as AnyStateNode[];
  return [
    `${indent}state ${node.key} {`,
    ...initial.map((t) => `${indent}  [*] --> ${t.key}`),
    ...children.flatMap((child) => describe(child, indent + '  ')),
    `${indent}}`,
  ];
}

/**
 * The session statechart as a Mermaid `stateDiagram-v2`, generated from the machine definition:
 * nested states as composite states, the history state, guarded transitions as `event [guard]`.
 * Rejections (the `reject` fallbacks and the catch-all `*`) leave the state as it is and are omitted.
 */
export function sessionDiagram(root: AnyStateNode = sessionMachine.root): string {
  const all: AnyStateNode[] = [];
  const walk = (n: AnyStateNode) => {
    all.push(n);
    for (const c of Object.values(n.states) as AnyStateNode[]) walk(c);
  };
  walk(root);
  const top = Object.values(root.states) as AnyStateNode[];
  const initial = (root.initial?.target ?? []) as AnyStateNode[];
  const lines = [
    'stateDiagram-v2',
    ...initial.map((t) => `  [*] --> ${t.key}`),
    ...top.flatMap((n) => describe(n, '  ')),
    ...all.flatMap((n) => arrows(n)).map((a) => `  ${a}`),
  ];
  return lines.join('\n') + '\n';
}
