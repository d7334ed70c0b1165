/**
 * A simulated ESC/POS printer: the interpreter for the paper, plus the state a real printer reports.
 *
 * Semantics (modelled on the Epson ESC/POS reference's notes for DLE EOT, GS a, GS r, GS I and GS ( H):
 * - `receive` accepts host bytes in any chunking. Commands are split as they arrive; real-time commands
 *   (DLE EOT n, DLE ENQ n) act at once, even while the printer is blocked, ahead of queued print data.
 *   Unlike some real printers, a DLE EOT byte pattern inside another command's parameters (image data)
 *   is not mistaken for a command, because the stream is split at command boundaries.
 * - Everything else waits in the receive buffer and is processed in order. While a blocking fault is on
 *   (paper out, cover open, cutter jam, head overheated, offline, unrecoverable error) nothing is printed
 *   and in-order replies (GS r, GS I, GS ( H) wait too; when the fault clears, processing resumes.
 *   Paper near end does not block.
 * - GS a n (when the profile supports ASB) turns Automatic Status Back on: one 4-byte status at once, then
 *   one on every change of a category enabled in n.
 * - `runOutOfPaperAfter(n)`: after n more printed lines (text lines and graphics), the paper runs out; the
 *   check happens between commands, so the rest of the job waits in the buffer.
 * - Reply modes: `normal` replies synchronously inside `receive`/`setFault`; `silent` sends nothing (a
 *   clone that never talks back); `garbled` XORs every reply byte with 0xA5, which sets bit 7 so no byte
 *   can pass for a valid reply (a baud-rate mismatch); `slow` delivers each reply after `delayMs` through
 *   the injectable `schedule`, keeping order.
 */
import { nextToken, type Token } from './interpreter/tokenizer';
import type { ChineseFont } from './interpreter/charset';
import { EscPosInterpreter } from './interpreter/interpreter';
import type { Paper, UnknownCommand } from './interpreter/paper';
import { ResponseBuffer } from './response-buffer';
import {
  asbBytes,
  BLOCKING_FAULTS,
  BIG5_FONT_LANGUAGE,
  DEFAULT_IDENTITY,
  asbChanged,
  gsIReply,
  realtimeByte,
  transmitStatusByte,
  type VirtualIdentity,
} from './virtual-status';
import type { ReplyMode, VirtualFault, VirtualPrinterOptions, VirtualPrinterState } from './virtual-types';
import { ReplyChannel } from './virtual-replies';

export type { VirtualIdentity } from './virtual-status';

export type {
  ReplyMode,
  VirtualFault,
  VirtualPrinterOptions,
  VirtualPrinterState,
  VirtualProfile,
} from './virtual-types';

interface Queued {
  token: Token;
  raw: Uint8Array;
  offset: number;
}

/** The simulated printer; see the file header for its semantics. */
export class VirtualPrinter {
  /** The set its Chinese font reads (firmware: GB18030 on mainland models, Big5 on Taiwan and Hong Kong ones). */
  readonly chineseFont: ChineseFont;
  private readonly interpreter: EscPosInterpreter;
  private readonly incoming: ResponseBuffer;
  private readonly queue: Queued[] = [];
  private queuedBytes = 0;
  private droppedBytes = 0;
  private offset = 0;
  private readonly faults = new Set<VirtualFault>();
  private readonly replies: ReplyChannel;
  private readonly changeListeners = new Set<() => void>();
  private readonly identity: VirtualIdentity;
  private readonly answers: ReadonlySet<string>;
  private readonly completionCapable: boolean;
  private asbMask = 0;
  private lastAsb: readonly number[] | null = null;
  private drawerOpen = false;
  private linesPrinted = 0;
  private paperOutAfter: number | null = null;

  constructor(options: VirtualPrinterOptions = {}) {
    const profile = options.profile ?? {};
    this.incoming = new ResponseBuffer(options.receiveBufferBytes ?? 1 << 24);
    this.chineseFont = profile.chineseFontCodes ?? 'gb18030';
    this.interpreter = new EscPosInterpreter({
      widthDots: options.widthDots ?? profile.dots ?? 576,
      chineseByDefault: profile.chineseFont ?? true,
      chineseFont: this.chineseFont,
    });
    const queries = new Set(profile.statusQueries ?? ['dle-eot', 'asb', 'gs-r', 'gs-i']);
    if (options.asbCapable === true) queries.add('asb');
    if (options.asbCapable === false) queries.delete('asb');
    this.answers = queries;
    this.completionCapable = options.completionCapable ?? true;
    this.identity = {
      ...DEFAULT_IDENTITY,
      model: profile.name?.toUpperCase() ?? DEFAULT_IDENTITY.model,
      multibyte: profile.chineseFont ?? true,
      ...(this.chineseFont === 'big5' && { fontLanguage: BIG5_FONT_LANGUAGE }),
      autocutter: (profile.cutter ?? 'partial') !== 'none',
      ...options.identity,
    };
    this.replies = new ReplyChannel(options.schedule ?? ((run, ms) => void setTimeout(run, ms)));
  }

  /** Host → printer bytes, in any chunking. */
  receive(bytes: Uint8Array): void {
    // An incomplete command larger than the receive buffer is dropped and counted, never silently.
    const { dropped } = this.incoming.push(bytes);
    this.droppedBytes += dropped;
    this.offset += dropped;
    for (;;) {
      const view = this.incoming.view();
      const step = nextToken(view);
      if (step.consumed === 0) break;
      const raw = view.slice(0, step.consumed);
      this.incoming.consume(step.consumed);
      this.accept(step.token!, raw, this.offset);
      this.offset += step.consumed;
    }
    this.process();
    this.changed();
  }

  /** Printer → host bytes. Returns an unsubscribe function. */
  onReply(listener: (bytes: Uint8Array) => void): () => void {
    return this.replies.subscribe(listener);
  }

  /** Called after the paper or the state changed (for a live view). Returns an unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Turns a fault on or off; clearing the last blocking fault resumes printing. */
  setFault(fault: VirtualFault, on: boolean): void {
    if (on === this.faults.has(fault)) return;
    if (on) this.faults.add(fault);
    else this.faults.delete(fault);
    this.statusChanged();
    this.process();
    this.changed();
  }

  /** Runs out of paper after `lines` more printed lines (null: never). */
  runOutOfPaperAfter(lines: number | null): void {
    if (lines !== null && (!Number.isInteger(lines) || lines < 0)) {
      throw new RangeError(`runOutOfPaperAfter takes a whole number of lines or null, got ${lines}.`);
    }
    this.paperOutAfter = lines;
    if (lines === 0) this.setFault('paper-out', true);
    else this.changed();
  }

  /** Chooses how replies are sent from now on. */
  setReplyMode(mode: ReplyMode): void {
    this.replies.mode = mode;
    this.changed();
  }

  /** Opens or closes the cash drawer (the drawer switch on connector pin 3). */
  setDrawerOpen(open: boolean): void {
    if (open === this.drawerOpen) return;
    this.drawerOpen = open;
    this.statusChanged();
    this.changed();
  }

  /** What the printer knows about itself right now. */
  get state(): VirtualPrinterState {
    return {
      faults: [...this.faults],
      blocked: this.blocked,
      asbMask: this.asbMask,
      bufferedBytes: this.queuedBytes + this.incoming.length,
      droppedBytes: this.droppedBytes,
      drawerOpen: this.drawerOpen,
      drawerPulses: this.interpreter.drawerPulses,
      beeps: this.interpreter.beeps,
      linesPrinted: this.linesPrinted,
      paperOutAfter: this.paperOutAfter,
      replyMode: this.replies.mode,
    };
  }

  /** The paper printed since the last tear-off. */
  get paper(): Paper {
    return this.interpreter.paper;
  }

  /** Commands the printer did not understand, with their offsets in the received stream. */
  get unknown(): readonly UnknownCommand[] {
    return this.interpreter.unknown;
  }

  /** Takes the printed paper; the roll continues empty. */
  tearOff(): Paper {
    const paper = this.interpreter.tearOff();
    this.changed();
    return paper;
  }

  private get blocked(): boolean {
    return BLOCKING_FAULTS.some((fault) => this.faults.has(fault));
  }

  private accept(token: Token, raw: Uint8Array, offset: number): void {
    if (token.op === 'realtime-status') {
      if (token.n >= 1 && token.n <= 4 && this.answers.has('dle-eot'))
        this.reply([realtimeByte(token.n as 1 | 2 | 3 | 4, this.snapshot())]);
      return;
    }
    if (token.op === 'realtime-request') {
      // DLE ENQ 2: clear the receive buffer and recover (Epson: DLE ENQ); queued data is discarded.
      if (token.n === 2) this.queue.splice(0).forEach((q) => (this.queuedBytes -= q.raw.length));
      return;
    }
    this.queue.push({ token, raw, offset });
    this.queuedBytes += raw.length;
  }

  private process(): void {
    while (!this.blocked && this.queue.length > 0) {
      const { token, raw, offset } = this.queue.shift()!;
      this.queuedBytes -= raw.length;
      this.execute(token, raw, offset);
    }
  }

  private execute(token: Token, raw: Uint8Array, offset: number): void {
    const s = this.snapshot();
    switch (token.op) {
      case 'asb':
        if (!this.answers.has('asb')) return;
        this.asbMask = token.n;
        this.lastAsb = null;
        if (token.n !== 0) this.statusChanged();
        return;
      case 'transmit-status': {
        const byte = this.answers.has('gs-r') ? transmitStatusByte(token.n, s) : null;
        if (byte !== null) this.reply([byte]);
        return;
      }
      case 'printer-id': {
        const reply = this.answers.has('gs-i') ? gsIReply(token.n, this.identity) : null;
        if (reply) this.reply(reply);
        return;
      }
      case 'completion-request':
        // GS ( H fn 48 answer: 37 22 d1..d4 00 (Epson: GS ( H), sent once everything before it has printed.
        if (this.completionCapable)
          this.reply([0x37, 0x22, ...[...token.id].map((c) => c.charCodeAt(0)), 0x00]);
        return;
      default: {
        const before = this.interpreter.paper.items.length;
        const pulses = this.interpreter.drawerPulses;
        this.interpreter.apply(token, offset, raw);
        const printed = this.interpreter.paper.items
          .slice(before)
          .filter((i) => i.kind !== 'cut' && i.kind !== 'feed').length;
        // A drawer kick opens the drawer; closing it is the merchant's job (setDrawerOpen(false)).
        if (this.interpreter.drawerPulses > pulses) this.setDrawerOpen(true);
        this.countLines(printed);
      }
    }
  }

  private countLines(printed: number): void {
    if (printed === 0) return;
    this.linesPrinted += printed;
    if (this.paperOutAfter === null) return;
    this.paperOutAfter = Math.max(0, this.paperOutAfter - printed);
    if (this.paperOutAfter === 0) {
      this.paperOutAfter = null;
      this.faults.add('paper-out');
      this.statusChanged();
    }
  }

  private snapshot() {
    return { faults: this.faults as ReadonlySet<VirtualFault>, drawerOpen: this.drawerOpen };
  }

  private statusChanged(): void {
    if (this.asbMask === 0) return;
    const bytes = asbBytes(this.snapshot());
    if (this.lastAsb && !asbChanged(this.lastAsb, bytes, this.asbMask)) return;
    this.lastAsb = bytes;
    this.reply(bytes);
  }

  private reply(bytes: readonly number[]): void {
    this.replies.send(bytes);
  }

  private changed(): void {
    for (const listener of [...this.changeListeners]) listener();
  }
}
