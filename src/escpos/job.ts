/**
 * Composes commands into one print job for one printer profile: encodes text in the job's encoding and
 * switches the printer's character mode only when text needs it (Chinese mode before GB18030 or Big5 bytes,
 * `FS .` only before single-byte text on a printer that has a Chinese font, `ESC t` once per table).
 */
import { qrNative, qrRaster, type QrLevel, type QrModules, type QrOptions } from './barcode';
import type { PrinterProfile } from './capabilities';
import {
  EscPosError,
  beep,
  chineseModeOff,
  chineseModeOn,
  codePage,
  concatCommands,
  cut,
  drawerPulse,
  feedLines,
  initialize,
  lineFeed,
  utf8Mode,
  type Command,
} from './commands';
import { encodeText, isDoubleByte, type TextEncoding } from './encode';
import { imageCommands, type DitherMethod, type GrayImage } from './image';

/** Options for a new job. */
export interface JobOptions {
  profile: PrinterProfile;
  /** Defaults to the profile's own encoding. */
  encoding?: TextEncoding;
  /** QR matrix encoder for profiles without native QR, e.g. `qrModules` from `qr-modules.ts`. */
  qrModules?: (data: string, level: QrLevel) => QrModules;
}

/** The character mode the printer is known to be in. */
type CharMode = 'unknown' | 'chinese' | 'single' | 'utf8';

/** Says whether `profile` can print text in `encoding`, and why not. */
export function encodingProblem(profile: PrinterProfile, encoding: TextEncoding): string | undefined {
  // Whether the resident font reads GB18030 or Big5 is the firmware's choice (a Taiwan or Hong Kong model
  // reads Big5 in the same FS & mode): the profile's encoding says which, the command is the same.
  if (isDoubleByte(encoding)) return profile.chineseFont ? undefined : `${profile.name} has no Chinese font.`;
  if (encoding === 'utf8') return profile.utf8Mode ? undefined : `${profile.name} does not take UTF-8.`;
  return profile.codePages[encoding] === undefined ? `${profile.name} has no ${encoding} table.` : undefined;
}

/** A print job under construction; every method returns the job so calls chain. */
export class EscPosJob {
  readonly profile: PrinterProfile;
  readonly encoding: TextEncoding;
  private readonly parts: Command[] = [];
  private mode: CharMode = 'unknown';
  private table: number | undefined;
  private replacedCount = 0;
  private readonly missingChars = new Set<string>();
  private readonly qrModules: JobOptions['qrModules'];

  constructor(options: JobOptions) {
    this.profile = options.profile;
    this.qrModules = options.qrModules;
    this.encoding = options.encoding ?? options.profile.defaultEncoding;
    const problem = encodingProblem(this.profile, this.encoding);
    if (problem) throw new EscPosError('unsupported', problem);
  }

  /** Characters printed as `?` because the encoding lacks them. */
  get replaced(): number {
    return this.replacedCount;
  }

  /** The distinct characters printed as `?`, in the order first met. */
  get unprintable(): readonly string[] {
    return [...this.missingChars];
  }

  /** Appends ready-made commands. */
  add(...commands: Command[]): this {
    this.parts.push(...commands);
    return this;
  }

  /** ESC @; the printer returns to its power-on character mode, which we then no longer assume. */
  initialize(): this {
    this.mode = 'unknown';
    this.table = undefined;
    return this.add(initialize());
  }

  /** Encoded text without a line feed. */
  text(text: string): this {
    if (text === '') return this;
    const { bytes, replaced, missing } = encodeText(text, this.encoding);
    this.replacedCount += replaced;
    for (const char of missing) this.missingChars.add(char);
    if (bytes.some((b) => b >= 0x80)) this.enterMode();
    return this.add({ name: `text ${text}`, bytes });
  }

  /** Encoded text and LF. */
  line(text = ''): this {
    return this.text(text).add(lineFeed());
  }

  private enterMode(): void {
    const enc = this.encoding;
    if (isDoubleByte(enc)) {
      if (this.mode !== 'chinese') this.add(chineseModeOn());
      this.mode = 'chinese';
    } else if (enc === 'utf8') {
      if (this.mode !== 'utf8') this.add(utf8Mode());
      this.mode = 'utf8';
    } else {
      // Chinese-font printers would pair these bytes up as two-byte codes; others never hear FS . at all.
      if (this.mode !== 'single' && this.profile.chineseFont) this.add(chineseModeOff());
      this.mode = 'single';
      const n = this.profile.codePages[enc]!;
      if (this.table !== n) this.add(codePage(n));
      this.table = n;
    }
  }

  /** Feeds `lines` lines. */
  feed(lines: number): this {
    return lines > 0 ? this.add(feedLines(lines)) : this;
  }

  /** Feeds to the cutter and cuts where the profile has a cutter; feeds for tearing off where it has none. */
  cut(): this {
    if (this.profile.cutter === 'none') return this.feed(4);
    // GS V 65/66 n feeds to the cutting position by itself (Epson gs_cv function B); n adds a small margin.
    return this.add(cut(this.profile.cutter, 24));
  }

  /** A QR code: native `GS ( k` where the profile has it, otherwise a raster image from `qrModules`. */
  qr(data: string, options: QrOptions = {}): this {
    if (this.profile.nativeQr) return this.add(...qrNative(data, options));
    if (!this.qrModules) {
      throw new EscPosError(
        'unsupported',
        `${this.profile.name} has no native QR; give the job a qrModules encoder.`,
      );
    }
    return this.add(...qrRaster(this.qrModules(data, options.level ?? 'M'), this.profile.dots, options));
  }

  /** A grayscale picture, dithered to the paper's width. */
  image(image: GrayImage, method: DitherMethod = 'floyd-steinberg'): this {
    return this.add(...imageCommands(image, this.profile.dots, method));
  }

  /** Opens the cash drawer if the profile has a drawer connector. */
  openDrawer(): this {
    return this.profile.drawer ? this.add(drawerPulse()) : this;
  }

  /** Sounds the buzzer if the profile has one; a profile without one prints nothing for it. */
  beep(times = 1): this {
    return this.profile.beeper === 'none' ? this : this.add(beep(this.profile.beeper, times));
  }

  /** The commands so far, in order. */
  commands(): readonly Command[] {
    return this.parts;
  }

  /** All bytes of the job. */
  bytes(): Uint8Array {
    return concatCommands(this.parts);
  }
}
