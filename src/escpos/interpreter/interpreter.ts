/**
 * The ESC/POS interpreter: bytes in (split anywhere), paper out. It keeps the printer's modes (see
 * `modes.ts`) and applies one command at a time, exactly as `nextToken` splits the stream. Unknown
 * commands are recorded with their offset and skipped.
 *
 * Status queries (DLE EOT, GS a, GS r, GS I, GS ( H) have no effect on paper here; the virtual printer
 * answers them. Text left in the line buffer is not printed until LF (as on a real printer); call `end()`
 * to print it anyway when rendering a job that forgot its last LF.
 */
import { ResponseBuffer } from '../response-buffer';
import { decodeChar, isWide, type ChineseFont } from './charset';
import { barcodeItem, bitImage, mergeBands, qrFunction, rasterImage, storedGraphic } from './graphics';
import { LineBuffer } from './line';
import { applyMode, asciiChar, charModeOf, initialModes, type Modes } from './modes';
import { FONT_A_DOTS, type ImageItem, type Paper, type PaperItem, type UnknownCommand } from './paper';
import { nextToken, type Token } from './tokenizer';

/** Options of a new interpreter. */
export interface InterpreterOptions {
  /** Printable width in dots; default 576 (80 mm paper). */
  widthDots?: number;
  /** Whether the printer starts (and resets with ESC @) in Chinese double-byte mode; default true, as Chinese models do. */
  chineseByDefault?: boolean;
  /** The set the Chinese font reads in Chinese mode: GB18030 (default, mainland firmware) or Big5 (Taiwan, Hong Kong). */
  chineseFont?: ChineseFont;
  /** Largest incomplete command kept while waiting for the rest (bytes); default 4 MiB. */
  maxPendingBytes?: number;
}

const FONT_B_DOTS = 9;
const TAB_COLUMNS = 8; // default HT stops every 8 font-A columns (Epson: HT, ESC D defaults)

/** Turns ESC/POS bytes into a `Paper` model. */
export class EscPosInterpreter {
  readonly widthDots: number;
  /** Commands that could not be interpreted, in stream order. */
  readonly unknown: UnknownCommand[] = [];
  /** Drawer kick pulses (ESC p, DLE DC4 1) and buzzer sounds (ESC B) seen so far. */
  drawerPulses = 0;
  beeps = 0;

  private items: PaperItem[] = [];
  private readonly pending: ResponseBuffer;
  private offset = 0;
  private readonly chineseByDefault: boolean;
  private readonly chineseFont: ChineseFont;
  private readonly line = new LineBuffer();
  /** Bytes of a multi-byte character whose remaining bytes have not arrived yet. */
  private carry = new Uint8Array(0);
  private modes: Modes;
  /** The graphic stored by GS ( L fn 112, printed by fn 50. */
  private graphic: ImageItem | null = null;
  /** The last command printed an ESC * band: the LF (or ESC J) that follows only advances past it. */
  private bandPending = false;

  constructor(options: InterpreterOptions = {}) {
    this.widthDots = options.widthDots ?? 576;
    this.chineseByDefault = options.chineseByDefault ?? true;
    this.chineseFont = options.chineseFont ?? 'gb18030';
    this.modes = initialModes(this.widthDots, this.chineseByDefault);
    this.pending = new ResponseBuffer(options.maxPendingBytes ?? 4 * 1024 * 1024);
  }

  /** The paper printed so far (a live view: it grows as bytes are written). */
  get paper(): Paper {
    return { widthDots: this.widthDots, items: this.items };
  }

  /** Bytes received that do not yet form a whole command. */
  get pendingBytes(): number {
    return this.pending.length;
  }

  /** Feeds bytes in any chunking; every complete command is applied at once. */
  write(bytes: Uint8Array): void {
    const { dropped } = this.pending.push(bytes);
    if (dropped > 0)
      this.report(this.offset, [], `incomplete command over ${this.pending.capacity} bytes dropped`);
    this.offset += dropped;
    for (;;) {
      const step = nextToken(this.pending.view());
      if (step.consumed === 0) break;
      const raw = this.pending.view().subarray(0, step.consumed);
      this.apply(step.token!, this.offset, raw);
      this.pending.consume(step.consumed);
      this.offset += step.consumed;
    }
  }

  /** Prints whatever is still in the line buffer, as if the job had ended with LF. */
  end(): void {
    this.flushCarry();
    if (!this.line.isEmpty) this.newline(this.modes.lineSpacing);
  }

  /** Takes the printed paper, leaving an empty roll (modes are kept). */
  tearOff(): Paper {
    const paper = this.paper;
    this.items = [];
    return paper;
  }

  /** Applies one command; `offset` and `raw` are only used to report it if it is not understood. */
  apply(token: Token, offset: number, raw: Uint8Array): void {
    if (token.op !== 'text') this.flushCarry();
    const afterBand = this.bandPending;
    this.bandPending = false;
    const modes = applyMode(this.modes, token, this.widthDots);
    if (modes) {
      this.modes = modes;
      return;
    }
    const { lineSpacing, align } = this.modes;
    switch (token.op) {
      case 'text':
        return this.text(token.bytes);
      case 'lf':
        if (afterBand && this.line.isEmpty) return;
        return this.newline(lineSpacing);
      case 'ht':
        return this.tab();
      case 'init':
        this.line.clear();
        this.carry = new Uint8Array(0);
        this.modes = initialModes(this.widthDots, this.chineseByDefault);
        this.graphic = null;
        return;
      case 'feed-lines':
        for (let i = 0; i < token.n; i++) this.newline(lineSpacing);
        return;
      case 'feed-dots':
        if (afterBand && this.line.isEmpty) return;
        if (this.line.isEmpty) this.feed(token.n);
        else this.newline(token.n);
        return;
      case 'abs-position':
        return this.moveTo(token.dots);
      case 'rel-position':
        return this.moveTo(this.line.widthDots + token.dots);
      case 'cut':
        this.flushLine();
        if (token.feed > 0) this.feed(token.feed);
        this.items.push({ kind: 'cut', partial: token.partial });
        return;
      case 'drawer':
        this.drawerPulses++;
        return;
      case 'beep':
        this.beeps += Math.max(1, token.times);
        return;
      case 'barcode': {
        const item = barcodeItem(token.m, token.data, this.modes.barcode, align);
        if (!item) return this.report(offset, raw, `GS k symbology ${token.m}`);
        return this.print(item);
      }
      case 'qr': {
        const { state, print } = qrFunction(this.modes.qr, token.fn, token.params, align);
        this.modes = { ...this.modes, qr: state };
        if (print) this.print(print);
        return;
      }
      case 'raster':
        return this.print(rasterImage(token.mode, token.widthBytes, token.height, token.data, align));
      case 'graphics':
        if (token.fn === 112) {
          this.graphic = storedGraphic(token.params);
          if (!this.graphic) this.report(offset, raw, 'malformed GS ( L graphics data');
        } else if (token.fn === 50 || token.fn === 2) {
          // fn 50 (or 2): print the stored graphic (Epson: GS ( L <Function 50>).
          if (this.graphic) this.print({ ...this.graphic, align });
        } else this.report(offset, raw, `unsupported GS ( L function ${token.fn}`);
        return;
      case 'bit-image':
        return this.band(bitImage(token.mode, token.columns, token.data, align));
      case 'unknown':
        return this.report(offset, raw, token.reason);
      default:
        // CR (ignored on USB/serial printers without auto line feed), NUL, status queries, ignored settings.
        return;
    }
  }

  private text(bytes: Uint8Array): void {
    let input = bytes;
    if (this.carry.length > 0) {
      input = new Uint8Array(this.carry.length + bytes.length);
      input.set(this.carry);
      input.set(bytes, this.carry.length);
    }
    const mode = charModeOf(this.modes, this.chineseFont);
    let at = 0;
    while (at < input.length) {
      const char = decodeChar(input.subarray(at), mode);
      if (char.length === 0) break;
      const text = char.length === 1 && input[at]! < 0x80 ? asciiChar(this.modes, input[at]!) : char.text;
      this.placeChar(text, char.wide || (mode.kind === 'utf8' && isWide(char.text.codePointAt(0)!)));
      at += char.length;
    }
    this.carry = input.slice(at);
  }

  private flushCarry(): void {
    if (this.carry.length === 0) return;
    // A multi-byte character cut short by a command prints as one replacement glyph.
    this.carry = new Uint8Array(0);
    this.placeChar('\ufffd', false);
  }

  private placeChar(text: string, wide: boolean): void {
    const { style, kanjiDouble, charSpacing, area, lineSpacing, align } = this.modes;
    const column = style.font === 'b' ? FONT_B_DOTS : FONT_A_DOTS;
    // Double-byte characters take the larger of GS ! and FS ! magnification; ESC SP spacing is for single-byte ones.
    const width = wide ? Math.max(style.width, kanjiDouble.width ? 2 : 1) : style.width;
    const height = wide ? Math.max(style.height, kanjiDouble.height ? 2 : 1) : style.height;
    const dots = (wide ? 2 * column : column + charSpacing) * width;
    if (!this.line.fits(dots, area)) this.newline(lineSpacing);
    this.line.place(text, { ...style, width, height }, dots, align);
  }

  private tab(): void {
    const stop = TAB_COLUMNS * FONT_A_DOTS;
    const target = (Math.floor(this.line.widthDots / stop) + 1) * stop;
    if (target <= this.modes.area) this.moveTo(target);
  }

  private moveTo(dots: number): void {
    const gap = dots - this.line.widthDots;
    if (gap <= 0 || dots > this.modes.area) return;
    const blank = { ...this.modes.style, underline: 0 as const, invert: false };
    this.line.place(' '.repeat(Math.max(1, Math.round(gap / FONT_A_DOTS))), blank, gap, this.modes.align);
  }

  private newline(feedDots: number): void {
    const { align, margin, area } = this.modes;
    this.items.push(this.line.take(align, margin, area, feedDots));
  }

  private flushLine(): void {
    if (!this.line.isEmpty) this.newline(this.modes.lineSpacing);
  }

  private print(item: PaperItem): void {
    this.flushLine();
    this.items.push(item);
  }

  private feed(dots: number): void {
    const last = this.items[this.items.length - 1];
    if (last?.kind === 'feed') this.items[this.items.length - 1] = { kind: 'feed', dots: last.dots + dots };
    else this.items.push({ kind: 'feed', dots });
  }

  private band(band: ImageItem): void {
    this.flushLine();
    const last = this.items[this.items.length - 1];
    const merged = last?.kind === 'image' ? mergeBands(last, band) : null;
    if (merged) this.items[this.items.length - 1] = merged;
    else this.items.push(band);
    this.bandPending = true;
  }

  private report(offset: number, raw: Uint8Array | readonly number[], reason: string): void {
    this.unknown.push({ offset, bytes: [...raw].slice(0, 16), reason });
  }
}
