/**
 * CSV as every table of gasim writes it (RFC 4180): one function escapes a cell, so that a
 * neutraliser (spreadsheet formula injection, domain/safe-text.ts) applies in one place to every CSV output.
 */
import { csvText } from '../domain/safe-text.js';

/** A cell: text, a number, a flag, or empty (null/undefined). */
export type CsvValue = string | number | boolean | null | undefined;

/** One cell, quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  // text that a spreadsheet would run as a formula is neutralised (issue 18); numbers are numbers
  const text = typeof value === 'string' ? csvText(value) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line, without its line break. */
export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',');
}

/** A whole table: the header row, then each row, each line ending in a line break. */
export function csvTable(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => `${csvLine(row)}\n`).join('');
}
