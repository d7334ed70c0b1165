/**
 * The print buffer of one line: characters are placed left to right in dots, and the line is printed
 * (becomes a `TextLine`) on LF, on ESC d / ESC J, or when the next character would not fit the printable
 * area (the automatic wrap every ESC/POS printer does; Epson reference, "print area" notes).
 */
import type { Align, TextLine, TextSpan, TextStyle } from './paper';

/** Characters placed so far on the line being composed. */
export class LineBuffer {
  private spans: TextSpan[] = [];
  private used = 0;
  private alignAtStart: Align | null = null;

  /** Width in dots taken so far. */
  get widthDots(): number {
    return this.used;
  }

  get isEmpty(): boolean {
    return this.spans.length === 0;
  }

  /** True when `dots` more would still fit in an area `areaDots` wide (an empty line takes anything). */
  fits(dots: number, areaDots: number): boolean {
    return this.used === 0 || this.used + dots <= areaDots;
  }

  /** Places text; consecutive text with an equal style joins one span. */
  place(text: string, style: TextStyle, dots: number, align: Align): void {
    this.alignAtStart ??= align;
    const last = this.spans[this.spans.length - 1];
    if (last && sameStyle(last.style, style)) {
      last.text += text;
      last.widthDots += dots;
    } else {
      this.spans.push({ text, style, widthDots: dots });
    }
    this.used += dots;
  }

  /** Takes the composed line and starts an empty one. `align` is used when the line is empty. */
  take(align: Align, marginDots: number, areaDots: number, feedDots: number): TextLine {
    const line: TextLine = {
      kind: 'text',
      // ESC a is effective at the start of a line (Epson: ESC a notes), so a line keeps the alignment it began with.
      align: this.alignAtStart ?? align,
      marginDots,
      areaDots,
      spans: this.spans,
      widthDots: this.used,
      feedDots,
    };
    this.clear();
    return line;
  }

  /** Discards the buffer (ESC @ clears unprinted data). */
  clear(): void {
    this.spans = [];
    this.used = 0;
    this.alignAtStart = null;
  }
}

/** True when two styles print identically. */
export function sameStyle(a: TextStyle, b: TextStyle): boolean {
  return (
    a.bold === b.bold &&
    a.underline === b.underline &&
    a.invert === b.invert &&
    a.font === b.font &&
    a.width === b.width &&
    a.height === b.height &&
    a.upsideDown === b.upsideDown
  );
}
