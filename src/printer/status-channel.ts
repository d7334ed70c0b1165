/**
 * Asking a printer questions over any transport: sends a status request, waits (bounded) for the reply
 * that answers it, and passes every other reply (ASB pushes, noise) to listeners.
 */
import { StatusReader, type Expectation, type StatusEvent, type StatusRequest } from '../escpos/status';
import type { PrinterTransport } from '../transport/types';

/** A reply that never comes is still waited for this long, so a late answer is not taken for the next one. */
const GHOST_MS = 3000;

/** How to treat a question that goes unanswered. */
export interface AskOptions {
  /**
   * The probe's questions: no answer in time means the printer ignores that command, so no late reply is
   * waited for. Otherwise a one-byte reply to the next in-order question (GS r, GS I) would be taken for
   * the ignored one's and that question would wait in vain (a GS r fence right after connecting did).
   */
  unansweredMeansUnsupported?: boolean;
}

interface Waiter {
  expectation: Expectation;
  resolve: (event: StatusEvent | null) => void;
  timer: ReturnType<typeof setTimeout>;
}

/** Replies read from one transport; one channel per open session. */
export class StatusChannel {
  private readonly reader = new StatusReader();
  private readonly waiters: Waiter[] = [];
  private readonly listeners = new Set<(event: StatusEvent) => void>();
  private readonly unsubscribe: () => void;
  private garbageAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly transport: Pick<PrinterTransport, 'onData' | 'write'>,
    private readonly now: () => number = Date.now,
  ) {
    this.unsubscribe = transport.onData((chunk) => this.receive(chunk));
  }

  /** Calls `listener` with every reply event, answered or not; returns its removal. */
  onEvent(listener: (event: StatusEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** True when bytes that are no reply arrived since `since` (epoch ms): the line is garbled. */
  garbledSince(since: number): boolean {
    return this.garbageAt >= since;
  }

  /**
   * Sends `request` and resolves with the event answering it, or null after `timeoutMs` or when `signal`
   * aborts. Rejects if the transport rejects the write (a PrinterError) or `signal` was already aborted.
   */
  async ask(
    request: StatusRequest,
    timeoutMs: number,
    signal?: AbortSignal,
    options: AskOptions = {},
  ): Promise<StatusEvent | null> {
    const expectation = request.expects;
    if (!expectation) {
      await this.transport.write(request.bytes, signal);
      return null;
    }
    signal?.throwIfAborted();
    this.reader.expect(expectation);
    const ghost = !options.unansweredMeansUnsupported;
    const answer = new Promise<StatusEvent | null>((resolve) => {
      const timer = setTimeout(() => this.giveUp(expectation, ghost), timeoutMs);
      this.waiters.push({ expectation, resolve, timer });
    });
    // Aborting stops the wait like a timeout does: the caller gets null, a late reply is still absorbed.
    signal?.addEventListener('abort', () => this.giveUp(expectation, true), { once: true });
    try {
      await this.transport.write(request.bytes, signal);
    } catch (error) {
      this.settle(expectation, null);
      this.reader.forget(expectation);
      throw error;
    }
    return answer;
  }

  /** Stops listening; pending questions resolve with null. */
  close(): void {
    this.unsubscribe();
    for (const waiter of [...this.waiters]) this.settle(waiter.expectation, null);
  }

  private giveUp(expectation: Expectation, ghost: boolean): void {
    this.settle(expectation, null);
    if (!ghost) {
      this.reader.forget(expectation);
      return;
    }
    // Keep the expectation registered a while longer so a slow reply is matched to it, not to a newer question.
    setTimeout(() => this.reader.forget(expectation), GHOST_MS);
  }

  private settle(expectation: Expectation, event: StatusEvent | null): void {
    const index = this.waiters.findIndex((w) => w.expectation === expectation);
    if (index < 0) return;
    const [waiter] = this.waiters.splice(index, 1);
    clearTimeout(waiter!.timer);
    waiter!.resolve(event);
  }

  private receive(chunk: Uint8Array): void {
    const before = [...this.reader.expected];
    const events = this.reader.push(chunk);
    const answered = before.filter((e) => !this.reader.expected.includes(e));
    for (const event of events) {
      if (event.kind === 'unknown' && event.reason !== 'unexpected') this.garbageAt = this.now();
      const match = answered.findIndex((e) => answers(e, event));
      if (match >= 0) this.settle(answered.splice(match, 1)[0]!, event);
      for (const listener of [...this.listeners]) listener(event);
    }
  }
}

function answers(expectation: Expectation, event: StatusEvent): boolean {
  switch (event.kind) {
    case 'realtime':
    case 'transmit-status':
      return expectation.kind === event.kind && expectation.n === event.n;
    case 'printer-id':
    case 'printer-info':
      return expectation.kind === event.kind && expectation.n === event.n;
    case 'completion':
      return expectation.kind === 'completion' && expectation.id === event.id;
    default:
      return false;
  }
}
