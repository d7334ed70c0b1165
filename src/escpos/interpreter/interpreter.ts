/**
 * The ESC/POS interpreter: bytes in (split anywhere), paper out. It keeps the printer's modes (styles,
 * alignment, character mode, margins, barcode and QR setup) and applies one command at a time, exactly
 * as `nextToken` splits the stream. Unknown commands are recorded with their offset and skipped.
 *
 * Status queries (DLE EOT, GS a, GS r, GS I, GS ( H) have no effect on paper here; the virtual printer
 * answers them. Text left in the line buffer is not printed until LF (as on a real printer); call `end()`
 * to print it anyway when rendering a job that forgot its last LF.
 */
import { ResponseBuffer } from '../response-buffer';
import { decodeChar, isWide, type CharMode } from './charset';
import {
  barcodeItem,
  bitImage,
  hriPosition,
  INITIAL_QR,
  mergeBands,
  qrFunction,
  rasterImage,
  type BarcodeSetup,
  type QrState,
} from './graphics';
import { LineBuffer } from './line';
import {
  DEFAULT_LINE_SPACING,
  FONT_A_DOTS,
  PLAIN_STYLE,
  type Align,
  type Paper,
  type PaperItem,
  type TextStyle,
  type UnknownCommand,
} from './paper';
import { nextToken, type Token } from './tokenizer';

/** Options of a new interpreter. */
export interface InterpreterOptions {
  /** Printable width in dots; default 576 (80 mm paper). */
  widthDots?: number;
  /** Whether the printer starts (and resets with ESC @) in Chinese double-byte mode; default true, as Chinese models do. */
  chineseByDefault?: boolean;
  /** Largest incomplete command kept while waiting for the rest (bytes); default 4 MiB. */
  maxPendingBytes?: number;
}

const ALIGNS: readonly Align[] = ['left', 'center', 'right', 'left'];
const FONT_B_DOTS = 9;
const TAB_COLUMNS = 8; // default HT stops every 8 font-A columns (Epson: HT, ESC D defaults)
const DEFAULT_BARCODE: BarcodeSetup = { hri: 'none', heightDots: 162, moduleDots: 3 }; // Epson GS h / GS w defaults

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
  private readonly line = new LineBuffer();
  private carry = new Uint8Array(0);
  private style: TextStyle = PLAIN_STYLE;
  private kanjiDouble = { width: false, height: false };
  private align: Align = 'left';
  private lineSpacing = DEFAULT_LINE_SPACING;
  private margin = 0;
  private area: number;
  private charSpacing = 0;
  private kanji: boolean;
  private utf8 = false;
  private table = 0;
  private barcode: BarcodeSetup = DEFAULT_BARCODE;
  private qr: QrState = INITIAL_QR;
  /** The last command printed an ESC * band: the LF (or ESC J) that follows only advances past it. */
  private bandPending = false;

  constructor(options: InterpreterOptions = {}) {
    this.widthDots = options.widthDots ?? 576;
    this.area = this.widthDots;
    this.chineseByDefault = options.chineseByDefault ?? true;
    this.kanji = this.chineseByDefault;
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
    if (!this.line.isEmpty || this.carry.length > 0) this.newline(this.lineSpacing);
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
    switch (token.op) {
      case 'text':
        return this.text(token.bytes);
      case 'lf':
        if (afterBand && this.line.isEmpty) return;
        return this.newline(this.lineSpacing);
      case 'ht':
        return this.tab();
      case 'init':
        return this.reset();
      case 'print-mode': {
        const n = token.n; // ESC !: b0 font B, b3 emphasized, b4 double height, b5 double width, b7 underline
        this.style = {
          ...this.style,
          font: n & 1 ? 'b' : 'a',
          bold: !!(n & 8),
          height: n & 16 ? 2 : 1,
          width: n & 32 ? 2 : 1,
          underline: n & 128 ? 1 : 0,
        };
        return;
      }
      case 'bold':
        return this.setStyle({ bold: (token.n & 1) === 1 });
      case 'underline':
        return this.setStyle({ underline: (token.n & 3) === 3 ? 0 : ((token.n & 3) as 0 | 1 | 2) });
      case 'reverse':
        return this.setStyle({ invert: (token.n & 1) === 1 });
      case 'size': // GS !: bits 4–6 width − 1, bits 0–2 height − 1
        return this.setStyle({ width: ((token.n >> 4) & 7) + 1, height: (token.n & 7) + 1 });
      case 'font':
        return this.setStyle({ font: token.n & 1 ? 'b' : 'a' });
      case 'upside-down':
        return this.setStyle({ upsideDown: (token.n & 1) === 1 });
      case 'align':
        this.align = ALIGNS[token.n & 3]!;
        return;
      case 'default-spacing':
        this.lineSpacing = DEFAULT_LINE_SPACING;
        return;
      case 'line-spacing':
        this.lineSpacing = token.n;
        return;
      case 'feed-lines':
        for (let i = 0; i < token.n; i++) this.newline(this.lineSpacing);
        return;
      case 'feed-dots':
        if (afterBand && this.line.isEmpty) return;
        if (this.line.isEmpty) this.feed(token.n);
        else this.newline(token.n);
        return;
      case 'code-page':
        this.table = token.n;
        return;
      case 'kanji-on':
        this.kanji = true;
        return;
      case 'kanji-off':
        this.kanji = false;
        return;
      case 'kanji-mode': // FS !: b2 double width, b3 double height (for double-byte characters)
        this.kanjiDouble = { width: !!(token.n & 4), height: !!(token.n & 8) };
        return;
      case 'kanji-code': // FS C 0xFF: Sunmi UTF-8 mode; any other value selects a double-byte code system
        this.utf8 = token.n === 0xff;
        return;
      case 'char-spacing':
        this.charSpacing = token.n;
        return;
      case 'left-margin':
        this.margin = Math.min(token.dots, this.widthDots - 1);
        this.area = Math.min(this.area, this.widthDots - this.margin);
        return;
      case 'print-width':
        this.area = Math.max(1, Math.min(token.dots, this.widthDots - this.margin));
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
      case 'hri':
        this.barcode = { ...this.barcode, hri: hriPosition(token.n) };
        return;
      case 'barcode-height':
        this.barcode = { ...this.barcode, heightDots: token.n };
        return;
      case 'barcode-width':
        this.barcode = { ...this.barcode, moduleDots: token.n };
        return;
      case 'barcode': {
        const item = barcodeItem(token.m, token.data, this.barcode, this.align);
        if (!item) return this.report(offset, raw, `GS k symbology ${token.m}`);
        this.flushLine();
        this.items.push(item);
        return;
      }
      case 'qr': {
        const { state, print } = qrFunction(this.qr, token.fn, token.params, this.align);
        this.qr = state;
        if (print) {
          this.flushLine();
          this.items.push(print);
        }
        return;
      }
      case 'raster':
        this.flushLine();
        this.items.push(rasterImage(token.mode, token.widthBytes, token.height, token.data, this.align));
        return;
      case 'bit-image':
        return this.bitImage(bitImage(token.mode, token.columns, token.data, this.align));
      case 'unknown':
        return this.report(offset, raw, token.reason);
      default:
        // CR (ignored on USB/serial printers without auto line feed), NUL, status queries, ignored settings.
        return;
    }
  }

  private setStyle(change: Partial<TextStyle>): void {
    this.style = { ...this.style, ...change };
  }

  private charMode(): CharMode {
    if (this.utf8) return { kind: 'utf8' };
    return this.kanji ? { kind: 'gb18030' } : { kind: 'single', table: this.table };
  }

  private text(bytes: Uint8Array): void {
    let input = bytes;
    if (this.carry.length > 0) {
      input = new Uint8Array(this.carry.length + bytes.length);
      input.set(this.carry);
      input.set(bytes, this.carry.length);
    }
    const mode = this.charMode();
    let at = 0;
    while (at < input.length) {
      const char = decodeChar(input.subarray(at), mode);
      if (char.length === 0) break;
      this.placeChar(char.text, char.wide || (mode.kind === 'utf8' && isWide(char.text.codePointAt(0)!)));
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
    const column = this.style.font === 'b' ? FONT_B_DOTS : FONT_A_DOTS;
    const scale = wide ? Math.max(this.style.width, this.kanjiDouble.width ? 2 : 1) : this.style.width;
    const dots = (wide ? 2 * column : column + this.charSpacing) * scale;
    const style =
      wide && this.kanjiDouble.height && this.style.height === 1
        ? { ...this.style, height: 2, width: scale }
        : { ...this.style, width: scale };
    if (!this.line.fits(dots, this.area)) this.newline(this.lineSpacing);
    this.line.place(text, style, dots, this.align);
  }

  private tab(): void {
    const stop = TAB_COLUMNS * FONT_A_DOTS;
    const target = (Math.floor(this.line.widthDots / stop) + 1) * stop;
    if (target <= this.area) this.moveTo(target);
  }

  private moveTo(dots: number): void {
    const gap = dots - this.line.widthDots;
    if (gap <= 0 || dots > this.area) return;
    this.line.place(
      ' '.repeat(Math.max(1, Math.round(gap / FONT_A_DOTS))),
      { ...this.style, underline: 0, invert: false },
      gap,
      this.align,
    );
  }

  private newline(feedDots: number): void {
    this.items.push(this.line.take(this.align, this.margin, this.area, feedDots));
  }

  private flushLine(): void {
    if (!this.line.isEmpty) this.newline(this.lineSpacing);
  }

  private feed(dots: number): void {
    const last = this.items[this.items.length - 1];
    if (last?.kind === 'feed') this.items[this.items.length - 1] = { kind: 'feed', dots: last.dots + dots };
    else this.items.push({ kind: 'feed', dots });
  }

  private bitImage(band: ReturnType<typeof bitImage>): void {
    this.flushLine();
    const last = this.items[this.items.length - 1];
    const merged = last?.kind === 'image' ? mergeBands(last, band) : null;
    if (merged) this.items[this.items.length - 1] = merged;
    else this.items.push(band);
    // The LF after an ESC * band advances by the line spacing (usually ESC 3 24) and prints nothing more.
    this.bandPending = true;
  }

  private reset(): void {
    this.line.clear();
    this.carry = new Uint8Array(0);
    this.style = PLAIN_STYLE;
    this.kanjiDouble = { width: false, height: false };
    this.align = 'left';
    this.lineSpacing = DEFAULT_LINE_SPACING;
    this.margin = 0;
    this.area = this.widthDots;
    this.charSpacing = 0;
    this.kanji = this.chineseByDefault;
    this.utf8 = false;
    this.table = 0;
    this.barcode = DEFAULT_BARCODE;
    this.qr = INITIAL_QR;
  }

  private report(offset: number, raw: Uint8Array | readonly number[], reason: string): void {
    this.unknown.push({ offset, bytes: [...raw].slice(0, 16), reason });
  }
}
