/**
 * Display columns on a receipt line: East Asian wide and fullwidth characters take two columns, combining
 * marks none. Wrapping never splits a wide character across the edge and never yields a line wider than
 * the paper.
 */

/** How many columns one code point takes on paper. */
export type ColumnMeasure = (codePoint: number) => 0 | 1 | 2;

// East Asian Width W and F ranges (Unicode UAX #11, EastAsianWidth.txt), merged generously where only a
// few narrow or unassigned code points lie between: counting a character too wide never overflows paper.
const WIDE: readonly number[] = [
  0x1100, 0x115f, 0x231a, 0x231b, 0x2329, 0x232a, 0x2e80, 0xa4cf, 0xa960, 0xa97f, 0xac00, 0xd7a3, 0xf900,
  0xfaff, 0xfe10, 0xfe19, 0xfe30, 0xfe6f, 0xff00, 0xff60, 0xffe0, 0xffe6, 0x16fe0, 0x1b2ff, 0x1f300, 0x1f64f,
  0x1f680, 0x1f6ff, 0x1f900, 0x1faff, 0x20000, 0x3fffd,
];

const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;

function isWide(cp: number): boolean {
  let lo = 0;
  let hi = WIDE.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < WIDE[2 * mid]!) hi = mid - 1;
    else if (cp > WIDE[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Unicode display width: 2 for East Asian wide/fullwidth, 0 for combining marks and format controls. */
export const unicodeColumns: ColumnMeasure = (cp) => {
  if (cp < 0x20) return 0;
  if (cp < 0x300) return 1;
  if (isWide(cp)) return 2;
  return ZERO_WIDTH.test(String.fromCodePoint(cp)) ? 0 : 1;
};

/** Columns `text` takes on paper. */
export function columnsOf(text: string, measure: ColumnMeasure = unicodeColumns): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    width += measure(cp);
  }
  return width;
}

/** Pieces wrapping may not break inside: a run of spaces, a narrow word, or one wide character. */
interface Piece {
  text: string;
  width: number;
  space: boolean;
  wide: boolean;
}

function piecesOf(line: string, measure: ColumnMeasure): Piece[] {
  const pieces: Piece[] = [];
  let current: Piece | undefined;
  for (const ch of line) {
    const w = measure(ch.codePointAt(0)!);
    const space = ch === ' ';
    if (w === 0 && current) {
      current.text += ch; // a combining mark stays with its base character
      continue;
    }
    if (current && w === 1 && !current.wide && current.space === space) {
      current.text += ch;
      current.width += 1;
      continue;
    }
    current = { text: ch, width: w, space, wide: w === 2 };
    pieces.push(current);
  }
  return pieces;
}

/** Splits a piece wider than the line into line-sized chunks, never inside a character. */
function hardSplit(piece: Piece, columns: number, measure: ColumnMeasure): Piece[] {
  const parts: Piece[] = [];
  let text = '';
  let width = 0;
  for (const ch of piece.text) {
    const w = measure(ch.codePointAt(0)!);
    if (width + w > columns && text) {
      parts.push({ ...piece, text, width });
      text = '';
      width = 0;
    }
    text += ch;
    width += w;
  }
  if (text) parts.push({ ...piece, text, width });
  return parts;
}

// Closing punctuation that Chinese typesetting never lets start a line (GB/T 15834 line-breaking rules).
const NO_LINE_START = /^[，。！？、；：）」』】》〉”’％…]/;

const widthOf = (pieces: readonly Piece[]): number => pieces.reduce((sum, p) => sum + p.width, 0);

/**
 * Where to break a full line before `next`: the pieces that move down with it. A closing punctuation
 * mark takes the character before it along; a break inside a run of Chinese prefers the last space when
 * that keeps at least half the line (so "好邻居便利店 漕溪北路店" breaks at the space).
 */
function carried(line: Piece[], next: Piece, columns: number): Piece[] {
  const last = line[line.length - 1]!;
  if (NO_LINE_START.test(next.text) && line.length > 1 && !last.space && last.width + next.width <= columns) {
    return line.splice(-1);
  }
  if (!next.wide) return [];
  let space = line.length - 1;
  while (space > 0 && !line[space]!.space) space--;
  if (space <= 0 || !line.slice(space + 1).every((p) => p.wide)) return [];
  const moving = line.slice(space + 1);
  if (widthOf(line.slice(0, space)) * 2 < columns || widthOf(moving) + next.width > columns) return [];
  line.splice(space);
  return moving;
}

/**
 * Wraps text to at most `columns` columns per line: breaks at spaces and between wide characters (never
 * before closing punctuation), splits words longer than a line, drops spaces at a break (spaces opening a
 * paragraph stay), and keeps `\n` as a forced break. A character wider than the whole line becomes `?`.
 */
export function wrapText(text: string, columns: number, measure: ColumnMeasure = unicodeColumns): string[] {
  if (columns < 1) throw new RangeError(`columns must be at least 1, got ${columns}`);
  const lines: string[] = [];
  const flush = (line: readonly Piece[]): void => {
    lines.push(
      line
        .map((p) => p.text)
        .join('')
        .replace(/ +$/, ''),
    );
  };
  for (const paragraph of text.split('\n')) {
    let line: Piece[] = [];
    let width = 0;
    let wrapped = false;
    for (const whole of piecesOf(paragraph, measure)) {
      const parts = whole.width > columns ? hardSplit(whole, columns, measure) : [whole];
      for (const part of parts) {
        const piece = part.width > columns ? { ...part, text: '?', width: 1 } : part;
        if (piece.space && wrapped && width === 0) continue;
        if (width > 0 && width + piece.width > columns) {
          const moving = piece.space ? [] : carried(line, piece, columns);
          flush(line);
          line = moving;
          width = widthOf(moving);
          wrapped = true;
          if (piece.space) continue;
        }
        line.push(piece);
        width += piece.width;
      }
    }
    flush(line);
  }
  return lines;
}

/**
 * One line of exactly `columns` columns with `left` at the start and `right` at the end, the gap filled
 * with `fill`; `undefined` when they do not fit side by side with at least one fill between them.
 */
export function spread(
  left: string,
  right: string,
  columns: number,
  measure: ColumnMeasure = unicodeColumns,
  fill = ' ',
): string | undefined {
  const gap = columns - columnsOf(left, measure) - columnsOf(right, measure);
  if (gap < 1) return undefined;
  return left + fill.repeat(gap) + right;
}
