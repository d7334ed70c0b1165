/**
 * CSV as RFC 4180 describes it (comma separated, CRLF line ends, fields with a comma, quote or line break
 * wrapped in double quotes, quotes doubled), with a UTF-8 byte order mark so Excel opens Chinese correctly.
 */

/** U+FEFF: Excel reads a CSV as UTF-8 only when the file starts with it. */
export const BOM = '\uFEFF';

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** Writes rows as CSV text starting with the BOM; every row ends with CRLF. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(quote).join(',') + '\r\n').join('');
}

/** Thrown for text that is not well-formed CSV, with the 1-based line where it went wrong. */
export class CsvError extends Error {
  override readonly name = 'CsvError';
  constructor(
    readonly code: 'unclosed-quote' | 'stray-quote',
    readonly line: number,
  ) {
    super(`CSV ${code} on line ${line}`);
  }
}

/** Parses CSV text (BOM optional, CRLF or LF line ends) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let line = 1;
  let i = 0;
  let quotedField = false;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '"') {
      if (field !== '' || quotedField) throw new CsvError('stray-quote', line);
      const end = closingQuote(source, i + 1);
      if (end < 0) throw new CsvError('unclosed-quote', line);
      const body = source.slice(i + 1, end);
      line += (body.match(/\n/g) ?? []).length;
      field = body.replaceAll('""', '"');
      quotedField = true;
      i = end + 1;
      continue;
    }
    if (c === ',') {
      row.push(field);
      field = '';
      quotedField = false;
    } else if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      quotedField = false;
      line += 1;
      if (c === '\r' && source[i + 1] === '\n') i += 1;
    } else {
      if (quotedField) throw new CsvError('stray-quote', line);
      field += c;
    }
    i += 1;
  }
  if (field !== '' || quotedField || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Index of the quote that closes a quoted field opened before `from`, skipping doubled quotes; -1 if none. */
function closingQuote(source: string, from: number): number {
  let i = from;
  while (i < source.length) {
    const at = source.indexOf('"', i);
    if (at < 0) return -1;
    if (source[at + 1] === '"') {
      i = at + 2;
      continue;
    }
    return at;
  }
  return -1;
}
