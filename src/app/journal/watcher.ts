/**
 * The automatic reprint: once the printer reports ready, each receipt still waiting for paper is printed
 * again, one at a time. Each is claimed in the journal before printing (see `reprintReceipt`), so status
 * events arriving mid-pass, a second tab or a reload never print a receipt twice. One watcher per controller;
 * the printing code is loaded only when there is something to print, keeping the first screen small.
 */
import { isBlocking } from '../../printer/faults';
import type { ReprintOutcome } from '../../sale/reprint';
import { autoReprintable, recoverInterrupted } from '../../sale/reprint';
import { reprintQueue, storeJournal } from '../../sale/store-deps';
import { unfinishedReceipts } from '../../store/journal';
import type { PrinterController } from '../printer-controller';
import type { PrinterView } from '../printer-view';
import { autoReprintOn } from './auto-setting';
import { printingDoneElsewhere, printingElsewhere } from './locks';

/** What the watcher tells the screens: a receipt it is printing, and how that ended. */
export type WatcherEvent =
  | { kind: 'reprinting'; receiptId: string }
  | { kind: 'reprinted'; receiptId: string; outcome: ReprintOutcome }
  /** The queue may have changed (recovery at start-up, a pass finished). */
  | { kind: 'changed' };

/** True when a job could start now: connected, idle, no fault that stops printing. */
export function printerReady(view: PrinterView): boolean {
  return view.state === 'connected' && !view.printing && !view.faults.some(isBlocking);
}

/** Watches one controller and reprints waiting receipts when it is ready. */
export class ReprintWatcher {
  /** Resolves once receipts left `printing` / `sent` by a closed page have been moved on (see `recoverInterrupted`). */
  readonly recovered: Promise<void>;
  private readonly listeners = new Set<(event: WatcherEvent) => void>();
  private running = false;
  private again = false;
  /** Receipts printing under another page's lock, each waited on once. */
  private readonly awaitingLock = new Set<string>();

  constructor(private readonly controller: PrinterController) {
    this.recovered = this.recover();
    controller.subscribe((view) => {
      if (printerReady(view)) this.kick();
    });
    void this.recovered.then(() => {
      if (printerReady(controller.view)) this.kick();
    });
  }

  /** Listens to what the watcher does; returns the removal. */
  subscribe(listener: (event: WatcherEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs a pass now, or right after the one running (the printer may have become ready again meanwhile). */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.passes().finally(() => {
      this.running = false;
      this.emit({ kind: 'changed' });
    });
  }

  private async passes(): Promise<void> {
    await this.recovered;
    do {
      this.again = false;
      if (!(await autoReprintOn())) return;
      await this.pass();
    } while (this.again && printerReady(this.controller.view));
  }

  private async pass(): Promise<void> {
    // Only receipts that failed for sure (or were interrupted mid-job, see `recover`) are taken without the
    // merchant: not a pending sale, nor one that most likely printed already (`unconfirmed`).
    const waiting = (await reprintQueue()).filter(autoReprintable);
    if (waiting.length === 0) return;
    const [{ reprintReceipt }, { appReprintDeps }] = await Promise.all([
      import('../../sale/reprint'),
      import('./app-deps'),
    ]);
    const deps = await appReprintDeps(this.controller);
    for (const entry of waiting) {
      if (!printerReady(this.controller.view)) return;
      this.emit({ kind: 'reprinting', receiptId: entry.id });
      const outcome = await reprintReceipt(entry.id, deps);
      this.emit({ kind: 'reprinted', receiptId: entry.id, outcome });
      if (outcome.kind === 'failed' || outcome.kind === 'not-ready') return;
    }
  }

  private async recover(): Promise<void> {
    const moved = await recoverInterrupted(
      await unfinishedReceipts(),
      storeJournal,
      Date.now,
      printingElsewhere,
    );
    if (moved.length > 0) this.emit({ kind: 'changed' });
    // A receipt still `printing` under another page's lock is left alone, but not forgotten: once that lock
    // is let go (the job ended, or the page was closed a moment ago and its lock is only now released),
    // look again, so an interrupted receipt is offered without waiting for a reload.
    for (const entry of await unfinishedReceipts()) {
      if ((entry.state !== 'printing' && entry.state !== 'sent') || this.awaitingLock.has(entry.id)) continue;
      this.awaitingLock.add(entry.id);
      void printingDoneElsewhere(entry.id)
        .then(() => {
          this.awaitingLock.delete(entry.id);
          return this.recover();
        })
        .then(() => {
          if (printerReady(this.controller.view)) this.kick();
        })
        .catch((error: unknown) => console.warn('interrupted receipt not recovered', error));
    }
  }

  private emit(event: WatcherEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}

const watchers = new WeakMap<PrinterController, ReprintWatcher>();

/** The controller's one watcher, started on first use and kept for the life of the page. */
export function reprintWatcher(controller: PrinterController): ReprintWatcher {
  let watcher = watchers.get(controller);
  if (!watcher) {
    watcher = new ReprintWatcher(controller);
    watchers.set(controller, watcher);
  }
  return watcher;
}
