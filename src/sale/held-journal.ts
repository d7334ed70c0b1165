/**
 * The sale's journal when the tablet's storage may be full. The customer comes first: a receipt whose
 * journal write is refused for lack of space is kept in memory instead, the sale prints it (or shows its
 * QR) as usual, and the kept entries are written as soon as there is room again: on a timer, and after the
 * next write that succeeds. Only `storage-full` is held; every other store failure still stops the sale.
 */
import type { Receipt } from '../receipt/types';
import { isStoreError } from '../store/errors';
import { applyChange, newEntry, type JournalChange, type JournalEntry } from '../store/journal';
import type { SaleJournal } from './types';

/** The store functions a held journal writes through (the IndexedDB journal in the app). */
export interface HoldingStore extends SaleJournal {
  get(id: string): Promise<JournalEntry | undefined>;
  /** Writes a whole kept entry unless the store has a later one; resolves with whether it wrote. */
  keep(entry: JournalEntry): Promise<boolean>;
}

/** How often kept entries are tried again while any are waiting. */
export const RETRY_MS = 5000;

/** A `SaleJournal` that keeps a sale going on a full disk; see the file header. */
export class HeldJournal implements SaleJournal {
  private readonly held = new Map<string, JournalEntry>();
  private readonly listeners = new Set<(waiting: readonly JournalEntry[]) => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private flushing: Promise<number> | null = null;

  constructor(
    private readonly store: HoldingStore,
    private readonly retryMs = RETRY_MS,
  ) {}

  async save(receipt: Receipt, at: number): Promise<JournalEntry> {
    const kept = this.held.get(receipt.id);
    if (kept) return this.hold({ ...kept, receipt: structuredClone(receipt), updatedAt: at });
    try {
      return this.wrote(await this.store.save(receipt, at));
    } catch (error) {
      if (!isStoreError(error, 'storage-full')) throw error;
      return this.hold(newEntry(structuredClone(receipt), at));
    }
  }

  async setState(id: string, change: JournalChange, at: number): Promise<JournalEntry> {
    const kept = this.held.get(id);
    // Changes of a kept receipt stay in memory with it; the next flush writes the latest.
    if (kept) return this.hold(applyChange(kept, change, at));
    try {
      return this.wrote(await this.store.setState(id, change, at));
    } catch (error) {
      if (!isStoreError(error, 'storage-full')) throw error;
      const known = await this.store.get(id);
      if (!known) throw error;
      return this.hold(applyChange(known, change, at));
    }
  }

  async claim(
    id: string,
    when: (entry: JournalEntry) => boolean,
    change: JournalChange,
    at: number,
  ): Promise<JournalEntry | null> {
    const kept = this.held.get(id);
    // A kept receipt is in no store, so only this page can take it: compared and changed here, with no await
    // between, which is as atomic as the store's transaction.
    if (kept) return when(kept) ? this.hold(applyChange(kept, change, at)) : null;
    try {
      const taken = await this.store.claim(id, when, change, at);
      return taken ? this.wrote(taken) : null;
    } catch (error) {
      if (!isStoreError(error, 'storage-full')) throw error;
      // The disk refused the write, not the compare: compare against what the store holds and keep the change
      // here, so the sale goes on. Only here is it not exactly once: another tab on the same full disk could
      // do the same, and no store can decide between them until there is room; the customer comes first.
      const known = await this.store.get(id);
      if (!known) throw error;
      return when(known) ? this.hold(applyChange(known, change, at)) : null;
    }
  }

  /**
   * Keeps `receipt` (new, `pending`) that the caller's own journal write was refused for lack of space, to be
   * written when there is room; later saves and state changes of it stay in memory with it until then.
   */
  keepUnsaved(receipt: Receipt, at: number): JournalEntry {
    return this.held.get(receipt.id) ?? this.hold(newEntry(structuredClone(receipt), at));
  }

  /** The entries not written yet, oldest change first. */
  waiting(): JournalEntry[] {
    return [...this.held.values()].sort((a, b) => a.updatedAt - b.updatedAt);
  }

  /** Calls `listener` whenever the waiting entries change; returns the removal. */
  subscribe(listener: (waiting: readonly JournalEntry[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Tries to write every kept entry now, oldest first, stopping at the first that still finds the disk
   * full. Resolves with how many are still waiting. Concurrent calls share one pass.
   */
  flush(): Promise<number> {
    this.flushing ??= this.pass().finally(() => {
      this.flushing = null;
      this.schedule();
    });
    return this.flushing;
  }

  /** Stops the retry timer (the entries stay kept). */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async pass(): Promise<number> {
    let changed = false;
    for (const entry of this.waiting()) {
      try {
        await this.store.keep(entry);
      } catch (error) {
        if (isStoreError(error, 'storage-full')) break;
        // Anything else (another tab took the database, the browser closed it) may pass: try again later.
        console.warn('kept receipt not journaled yet', error);
        break;
      }
      // Written (or the store had a later change). A change made while writing is kept for the next pass.
      if (this.held.get(entry.id) === entry) {
        this.held.delete(entry.id);
        changed = true;
      }
    }
    if (changed) this.emit();
    return this.held.size;
  }

  private hold(entry: JournalEntry): JournalEntry {
    this.held.set(entry.id, entry);
    this.emit();
    this.schedule();
    return entry;
  }

  /** A write went through: there may be room for the kept entries too. */
  private wrote(entry: JournalEntry): JournalEntry {
    if (this.held.size > 0) void this.flush();
    return entry;
  }

  private schedule(): void {
    if (this.held.size === 0 || this.timer !== undefined || this.flushing) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.retryMs);
  }

  private emit(): void {
    const waiting = this.waiting();
    for (const listener of [...this.listeners]) listener(waiting);
  }
}
