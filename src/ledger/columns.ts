/** Finding a bill's columns by their header names, and reading a row's cells through them. */
import { LedgerError } from './errors';

export type Columns<K extends string> = Record<K, number>;

/**
 * Indexes of the named columns in a header row; each name may have aliases (a platform renamed the column in a
 * later layout). Optional names map to -1 when absent; a missing required name is a `bill-unknown-layout`.
 */
export function findColumns<K extends string>(
  header: readonly string[],
  names: Record<K, { aliases: readonly string[]; optional?: boolean }>,
): Columns<K> {
  const clean = header.map((h) => h.trim());
  const found = {} as Columns<K>;
  for (const key of Object.keys(names) as K[]) {
    const { aliases, optional } = names[key];
    const index = clean.findIndex((h) => aliases.includes(h));
    if (index < 0 && !optional)
      throw new LedgerError('bill-unknown-layout', `the header has no column ${aliases.join(' / ')}`);
    found[key] = index;
  }
  return found;
}

/** The cell of `column` (empty for an absent optional column). */
export function cell(fields: readonly string[], column: number, strip: (s: string) => string): string {
  return column < 0 ? '' : strip(fields[column] ?? '');
}
