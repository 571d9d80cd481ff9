import type { AnyStateNode } from 'xstate';
import { phaseOf, type SessionSnapshot } from '../../../src/machine/autopilot.js';
import type { SessionEvent } from '../../../src/machine/events.js';
import { sessionMachine } from '../../../src/machine/session-machine.js';

/**
 * Transitions of the machine definition, each named `<state> <event> <branch>`: `accept` for a
 * transition that takes the event, `reject` for an event type whose transitions check conditions
 * of the procedure (refused with the first unmet one's code), `session * reject` for an event no
 * active state takes (`event/not-allowed`), and `always -> <target>` for the eventless branches.
 */
type Definition = { readonly target?: readonly AnyStateNode[]; readonly meta?: { readonly checks?: readonly string[] } };

export function allStateNodes(node: AnyStateNode = sessionMachine.root): AnyStateNode[] {
  return (Object.values(node.states) as AnyStateNode[]).flatMap((n) => [n, ...allStateNodes(n)]);
}

/** Every transition of the definition, by name. */
export function definedTransitions(): Set<string> {
  const names = new Set<string>();
  for (const node of [sessionMachine.root, ...allStateNodes()]) {
    for (const [type, list] of node.transitions as Map<string, Definition[]>) {
      names.add(`${node.key} ${type} accept`);
      if (list.some((t) => (t.meta?.checks?.length ?? 0) > 0)) names.add(`${node.key} ${type} reject`);
    }
    for (const t of (node.always ?? []) as Definition[]) for (const target of t.target ?? []) names.add(`${node.key} always -> ${target.key}`);
  }
  names.add(`${sessionMachine.root.key} * reject`);
  return names;
}

function nodeOfPhase(snapshot: SessionSnapshot): AnyStateNode {
  return allStateNodes().find((n) => n.key === phaseOf(snapshot))!;
}

/** The transitions one step took, and the state nodes it entered. */
export function takenBy(prev: SessionSnapshot, event: SessionEvent, next: SessionSnapshot): { transitions: string[]; states: string[] } {
  const accepted = next.context.seq > prev.context.seq;
  let node: AnyStateNode | undefined = nodeOfPhase(prev);
  while (node !== undefined && !node.transitions.has(event.type)) node = node.parent;
  const source = node ?? sessionMachine.root;
  const type = node ? event.type : '*';
  const transitions = [`${source.key} ${type} ${accepted ? 'accept' : 'reject'}`];
  const states: string[] = [];
  for (let n: AnyStateNode | undefined = nodeOfPhase(next); n && n.parent; n = n.parent) states.push(n.key);
  if (accepted && event.type === 'chair.closeBallot' && phaseOf(prev) === 'voting') {
    transitions.push(`counted always -> ${phaseOf(next)}`);
    states.push('counted');
  }
  const toHistory = (phaseOf(prev) === 'ruled' && event.type === 'chair.resumeSitting') || (phaseOf(prev) === 'appealVoting' && event.type === 'chair.closeBallot' && accepted);
  if (toHistory) states.push('resume');
  return { transitions, states };
}
