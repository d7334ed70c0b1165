/**
 * Comma-separated text as RFC 4180 describes it (fields with a comma, quote or line break wrapped in double
 * quotes, quotes doubled, CRLF or LF line ends). Reading keeps each row's 1-based line number so a message can
 * point the merchant at it; writing starts with a UTF-8 byte order mark so Excel opens Chinese correctly.
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

export interface CsvRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  fields: string[];
}

const COMMA = 0x2c;
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Rows of fields; a leading BOM is not part of the first field. Each field is sliced out of the text once
 * (building it a character at a time made a 10,000-row bill spend most of its time collecting garbage).
 */
export function parseCsv(input: string): CsvRow[] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const rows: CsvRow[] = [];
  const end = text.length;
  let fields: string[] = [];
  let line = 1;
  let rowLine = 1;
  let i = 0;
  while (i < end) {
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      // A quoted field runs to the quote not followed by another; doubled quotes stand for one.
      let close = i + 1;
      for (;;) {
        close = text.indexOf('"', close);
        if (close < 0 || text.charCodeAt(close + 1) !== QUOTE) break;
        close += 2;
      }
      if (close < 0) close = end;
      const body = text.slice(i + 1, close);
      for (let at = body.indexOf('\n'); at >= 0; at = body.indexOf('\n', at + 1)) line++;
      field = body.includes('""') ? body.replaceAll('""', '"') : body;
      i = close + 1;
      // Anything between the closing quote and the next separator belongs to the field, as spreadsheets read it.
      const rest = i;
      while (i < end && !isSeparator(text.charCodeAt(i))) i++;
      if (i > rest) field += text.slice(rest, i);
    } else {
      const start = i;
      while (i < end && !isSeparator(text.charCodeAt(i))) i++;
      field = text.slice(start, i);
    }
    fields.push(field);
    if (i >= end) break;
    const c = text.charCodeAt(i);
    i++;
    if (c === COMMA) {
      if (i === end) fields.push('');
      continue;
    }
    if (c === CR && text.charCodeAt(i) === LF) i++;
    rows.push({ line: rowLine, fields });
    fields = [];
    line++;
    rowLine = line;
  }
  if (fields.length > 0) rows.push({ line: rowLine, fields });
  return rows;
}

function isSeparator(c: number): boolean {
  return c === COMMA || c === CR || c === LF;
}
