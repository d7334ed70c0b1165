/** The `sent` journal state of one print job: written when the printer has taken every byte. */
import { orFail } from './errors';
import type { SaleJournal } from './types';

/** Marks a job `sent` (the printer's `onSent`) and lets the caller wait for that write. */
export interface SentJournal {
  mark(): void;
  /** Resolves once the `sent` write (if any) is done; rejects with `journal-failed` if it failed. */
  written(): Promise<void>;
}

/**
 * Journals `sent` the moment the printer has taken every byte, while the printer is still printing: a page
 * killed before the printer confirms then knows the receipt is most likely on paper, and does not offer it
 * as a failure (which would print it twice). `written()` is awaited before the final state, so the final
 * state always lands after `sent`.
 */
export function sentJournal(
  id: string,
  journal: Pick<SaleJournal, 'setState'>,
  now: () => number,
): SentJournal {
  let write: Promise<unknown> | null = null;
  return {
    mark() {
      write ??= journal.setState(id, { state: 'sent' }, now());
      // Handled by `written()`; until then the rejection must not count as unhandled.
      write.catch(() => undefined);
    },
    async written() {
      const pending = write;
      if (pending) await orFail('journal-failed', 'The sent state could not be journaled', () => pending);
    },
  };
}
