/** Splits CSV text (RFC 4180 quoting, one record per line) into rows of fields, for tests. */
export function parseCsvRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const fields: string[] = [];
      let field = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i]!;
        if (quoted && ch === '"' && line[i + 1] === '"') (field += '"'), i++;
        else if (ch === '"') quoted = !quoted;
        else if (ch === ',' && !quoted) fields.push(field), (field = '');
        else field += ch;
      }
      fields.push(field);
      return fields;
    });
}
