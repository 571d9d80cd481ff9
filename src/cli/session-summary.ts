import type { SessionContext } from '../machine/context.js';

function postName(post: string, region: string | null): string {
  return `${post.replace('-', ' ')}${region ? ` (${region})` : ''}`;
}

/** The result of a finished session as `gasim resume` prints it: each election, then the Committee. */
export function formatSessionSummary(context: SessionContext): string {
  const lines = [`${context.setup.title}: session closed after ${context.seq} events`, '', 'Elections:'];
  for (const record of context.records) {
    if (record.kind !== 'election') continue;
    const item = context.setup.items[record.item]!;
    const names = record.result.elected.map((id) => {
      const c = record.candidates.find((x) => x.id === id);
      return c ? `${c.name} (${c.member})` : id;
    });
    const outcome = names.length > 0 ? `elected ${names.join(', ')}` : 'seat left vacant';
    lines.push(`  ${item.id} seat ${record.seat}, ${postName(record.post, record.region)}: ${outcome}`);
  }
  if (!context.records.some((r) => r.kind === 'election')) lines.push('  none held');
  lines.push('', 'Executive Committee after the session:');
  for (const seat of context.committee.seats) {
    lines.push(`  ${postName(seat.post, seat.post === 'president' ? null : seat.region).padEnd(28)} ${seat.holder} (${seat.member}), until ${seat.termEnds}`);
  }
  return lines.join('\n') + '\n';
}
