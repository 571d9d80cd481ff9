// A small reader for the registry's CSV inputs: a `# source…` first line, a header, plain rows.

/** A parsed data file: its source line (without `# `) and its rows keyed by header. */
export interface CsvTable {
  readonly source: string;
  readonly rows: readonly Readonly<Record<string, string>>[];
}

/**
 * Parses a CSV whose first line is a `#` source comment; fields hold no quotes or embedded commas
 * except in the last column, which keeps any further commas.
 */
export function parseCsv(text: string): CsvTable {
  const [sourceLine = '', header = '', ...lines] = text.split(/\r?\n/).filter((line) => line !== '');
  if (!sourceLine.startsWith('#')) throw new Error('expected a "# source" first line in the CSV');
  const columns = header.split(',');
  const rows = lines.map((line) => {
    const cells = line.split(',');
    const fields = [...cells.slice(0, columns.length - 1), cells.slice(columns.length - 1).join(',')];
    return Object.fromEntries(columns.map((column, i) => [column, fields[i] ?? '']));
  });
  return { source: sourceLine.replace(/^#\s*/, ''), rows };
}
