/**
 * Status replies: one incremental parser for everything a printer sends back.
 *
 * `parseReply` is the pure core: given the bytes received so far and the replies still expected, it returns
 * `{ consumed, event }`, with `consumed: 0` when the message at the front is incomplete. `StatusReader`
 * wraps it with a bounded buffer and the expectation queues, for callers that get bytes in arbitrary chunks.
 *
 * Telling replies apart by their first byte (Epson ESC/POS reference, "Status transmission" and GS a notes):
 * ASB `0xx1xx00` (4 bytes), DLE EOT `0xx1xx10` (1 byte), GS r / GS I n≤3 `0xx0xxxx` (1 byte), blocks start with
 * 0x37, 0x39, 0x3D or 0x5F and end with NUL, and 0x11 / 0x13 are XON / XOFF on serial links. None of these
 * patterns overlap, so a byte's class never depends on guessing. Which DLE EOT n a real-time byte answers
 * is not in the byte: it comes from the queue of real-time requests the caller registered.
 */
import { ResponseBuffer, DEFAULT_RESPONSE_CAPACITY } from './response-buffer';
import type {
  Expectation,
  PrinterIdByteKind,
  PrinterInfoKind,
  RealtimeStatusKind,
  TransmitStatusKind,
} from './status-requests';

export * from './status-requests';
export { applyStatusEvent, describeStatusBytes, StatusBytesError, RAW_HISTORY } from './status-fold';

/** One reply (or one piece of noise) read from the printer. Every event keeps its raw bytes. */
export type StatusEvent =
  | { kind: 'realtime'; n: RealtimeStatusKind; byte: number; raw: readonly number[] }
  | { kind: 'asb'; bytes: readonly [number, number, number, number]; raw: readonly number[] }
  | { kind: 'transmit-status'; n: TransmitStatusKind; byte: number; raw: readonly number[] }
  | { kind: 'printer-id'; n: PrinterIdByteKind; value: number; raw: readonly number[] }
  | { kind: 'printer-info'; n: PrinterInfoKind; text: string; raw: readonly number[] }
  | { kind: 'completion'; id: string; raw: readonly number[] }
  /** A well-formed block reply nobody asked for (another command's answer). */
  | { kind: 'block'; header: number; raw: readonly number[] }
  | { kind: 'flow-control'; xon: boolean; raw: readonly number[] }
  | { kind: 'unknown'; reason: UnknownReason; raw: readonly number[] };

/** Why bytes could not be read as a reply. */
export type UnknownReason =
  /** Well-formed, but no request of that kind was waiting. */
  | 'unexpected'
  /** Not any reply's shape (noise, wrong baud rate). */
  | 'garbage'
  /** The buffer overflowed and these (oldest) bytes were dropped unread. */
  | 'overflow'
  /** Bytes left incomplete when the caller gave up waiting (`StatusReader.flush`). */
  | 'truncated';

/** One step of the pure parser. */
export interface ParseStep {
  /** Bytes used from the front of the input; 0 means the message there is incomplete. */
  consumed: number;
  event: StatusEvent | null;
  /** The pending expectation this reply answers, if any (the caller removes it from its queue). */
  answers: Expectation | null;
}

/** Longest block reply accepted before the bytes are treated as garbage (Epson: printer info ≤ 80 bytes). */
export const MAX_BLOCK_LENGTH = 96;

const INCOMPLETE: ParseStep = { consumed: 0, event: null, answers: null };
const XON = 0x11;
const XOFF = 0x13;
const BLOCK_HEADERS: ReadonlySet<number> = new Set([0x37, 0x39, 0x3d, 0x5f]);

/** Classifies the byte at the front of `input` and reads one whole reply, or reports it incomplete. */
export function parseReply(input: Uint8Array, pending: readonly Expectation[]): ParseStep {
  if (input.length === 0) return INCOMPLETE;
  const first = input[0]!;
  if (first === XON || first === XOFF) {
    return { consumed: 1, event: { kind: 'flow-control', xon: first === XON, raw: [first] }, answers: null };
  }
  if ((first & 0x93) === 0x10) return parseAsb(input);
  if ((first & 0x93) === 0x12) {
    const answers = pending.find((e) => e.kind === 'realtime') ?? null;
    if (answers?.kind !== 'realtime') return unknown(input, 1, 'unexpected');
    return { consumed: 1, event: { kind: 'realtime', n: answers.n, byte: first, raw: [first] }, answers };
  }
  if (BLOCK_HEADERS.has(first)) return parseBlock(input, pending);
  if ((first & 0x90) === 0) return parseInOrderByte(first, pending);
  return unknown(input, 1, 'garbage');
}

function parseAsb(input: Uint8Array): ParseStep {
  // Bytes 2–4 of an ASB have bit 7 and bit 4 fixed at 0 (Epson, "GS a", status byte tables).
  for (let i = 1; i < Math.min(4, input.length); i++) {
    if ((input[i]! & 0x90) !== 0) return unknown(input, 1, 'garbage');
  }
  if (input.length < 4) return INCOMPLETE;
  const bytes = [input[0]!, input[1]!, input[2]!, input[3]!] as const;
  return { consumed: 4, event: { kind: 'asb', bytes, raw: [...bytes] }, answers: null };
}

function parseBlock(input: Uint8Array, pending: readonly Expectation[]): ParseStep {
  const end = input.indexOf(0x00);
  if (end < 0) return input.length > MAX_BLOCK_LENGTH ? unknown(input, 1, 'garbage') : INCOMPLETE;
  if (end > MAX_BLOCK_LENGTH) return unknown(input, 1, 'garbage');
  const raw = [...input.subarray(0, end + 1)];
  const body = input.subarray(1, end);
  const header = input[0]!;
  // GS ( H fn 48 answer: header 0x37, identifier 0x22, the 4 id bytes, NUL (Epson, "GS ( H").
  if (header === 0x37 && body[0] === 0x22 && body.length === 5) {
    const id = String.fromCharCode(...body.subarray(1));
    // The reply names its own id, so even a late one (after the caller stopped waiting) is reported as such.
    const answers = pending.find((e) => e.kind === 'completion' && e.id === id) ?? null;
    return { consumed: raw.length, event: { kind: 'completion', id, raw }, answers };
  }
  if (header === 0x5f) {
    const answers = pending.find((e) => e.kind === 'printer-info') ?? null;
    if (answers?.kind !== 'printer-info')
      return { consumed: raw.length, event: { kind: 'unknown', reason: 'unexpected', raw }, answers: null };
    // Only printable ASCII is text; on a serial link an XON/XOFF byte can land inside a block.
    const text = String.fromCharCode(...body.filter((b) => b >= 0x20 && b < 0x7f)).trim();
    return { consumed: raw.length, event: { kind: 'printer-info', n: answers.n, text, raw }, answers };
  }
  return { consumed: raw.length, event: { kind: 'block', header, raw }, answers: null };
}

function parseInOrderByte(byte: number, pending: readonly Expectation[]): ParseStep {
  // In-order single-byte replies come back in request order, so only the oldest one-byte request can match.
  const answers = pending.find((e) => e.kind === 'transmit-status' || e.kind === 'printer-id') ?? null;
  if (answers?.kind === 'transmit-status') {
    return { consumed: 1, event: { kind: 'transmit-status', n: answers.n, byte, raw: [byte] }, answers };
  }
  if (answers?.kind === 'printer-id') {
    return { consumed: 1, event: { kind: 'printer-id', n: answers.n, value: byte, raw: [byte] }, answers };
  }
  return { consumed: 1, event: { kind: 'unknown', reason: 'unexpected', raw: [byte] }, answers: null };
}

function unknown(input: Uint8Array, count: number, reason: UnknownReason): ParseStep {
  return {
    consumed: count,
    event: { kind: 'unknown', reason, raw: [...input.subarray(0, count)] },
    answers: null,
  };
}

/**
 * Stateful reader: feed chunks as they arrive, get the events they complete. Register each request with
 * `expect` when you send it, and `forget` it when you stop waiting (timeout, abort).
 */
export class StatusReader {
  private readonly buffer: ResponseBuffer;
  private pending: Expectation[] = [];

  constructor(options: { capacity?: number } = {}) {
    this.buffer = new ResponseBuffer(options.capacity ?? DEFAULT_RESPONSE_CAPACITY);
  }

  /** Replies still awaited, oldest first. */
  get expected(): readonly Expectation[] {
    return this.pending;
  }

  /** Bytes received that do not yet form a whole reply. */
  get bufferedBytes(): number {
    return this.buffer.length;
  }

  /** Registers a request that was just sent; returns the same object as a handle for `forget`. */
  expect(expectation: Expectation): Expectation {
    this.pending.push(expectation);
    return expectation;
  }

  /** Stops waiting for a reply (e.g. after a timeout); a late reply is then reported as `unexpected`. */
  forget(expectation: Expectation): void {
    const index = this.pending.indexOf(expectation);
    if (index >= 0) this.pending.splice(index, 1);
  }

  /** Feeds a chunk of received bytes; returns every event it completes, in arrival order. */
  push(chunk: Uint8Array): StatusEvent[] {
    const events: StatusEvent[] = [];
    const { dropped, droppedBytes } = this.buffer.push(chunk);
    if (dropped > 0) events.push({ kind: 'unknown', reason: 'overflow', raw: [...droppedBytes] });
    for (;;) {
      const step = parseReply(this.buffer.view(), this.pending);
      if (step.consumed === 0) break;
      this.buffer.consume(step.consumed);
      if (step.answers) this.forget(step.answers);
      if (step.event) events.push(step.event);
    }
    return events;
  }

  /** Gives up on an incomplete reply (the line went silent): reports its bytes and clears the buffer. */
  flush(): StatusEvent[] {
    if (this.buffer.length === 0) return [];
    return [{ kind: 'unknown', reason: 'truncated', raw: [...this.buffer.drain()] }];
  }
}
