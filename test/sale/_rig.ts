/** A sale rig for Node tests: the real session over the virtual printer, an in-memory journal, a real signer. */
import { afterEach } from 'vitest';
import { PROFILES } from '../../src/escpos/capabilities';
import { textLines } from '../../src/escpos/interpreter/render-text';
import { VirtualPrinter } from '../../src/escpos/virtual-printer';
import type { FaultObservation } from '../../src/printer/faults';
import { PrinterSession } from '../../src/printer/session';
import type { SessionTiming } from '../../src/printer/session-types';
import { encodeReceiptLink } from '../../src/receipt/link/encode';
import { generateSigningKeyPair, signerFromKeyPair } from '../../src/receipt/sign';
import type { Receipt } from '../../src/receipt/types';
import type { ReprintJournal } from '../../src/sale/reprint';
import { sessionPrinter } from '../../src/sale/session-printer';
import type { SaleDeps, SaleJournal, SaleStep } from '../../src/sale/types';
import type { JournalChange, JournalEntry } from '../../src/store/journal';
import { VirtualTransport } from '../../src/transport/virtual';
import { triggerDevice } from '../_util/trigger-device';

// Short waits keep the suite fast (but roomy enough for a loaded machine); outcomes are asserted, never times.
export const FAST: SessionTiming = {
  replyTimeoutMs: 400,
  pollIntervalMs: 60,
  slowPollIntervalMs: 200,
  jobPollIntervalMs: 15,
  fenceTimeoutMs: 2000,
  fenceMsPerByte: 0,
  overheatWaitMs: 80,
  pieceBytes: 200,
};

export const VIEWER = 'https://receipts.example/';

/** An in-memory journal with the store's semantics, keeping every state each receipt went through. */
export class MemoryJournal implements SaleJournal, ReprintJournal {
  readonly entries = new Map<string, JournalEntry>();
  readonly history: string[] = [];

  async save(receipt: Receipt, at: number): Promise<JournalEntry> {
    await Promise.resolve();
    const known = this.entries.get(receipt.id);
    const entry: JournalEntry = known
      ? { ...known, receipt, updatedAt: at }
      : {
          id: receipt.id,
          receipt,
          state: 'pending',
          createdAt: at,
          updatedAt: at,
          failure: null,
          eReceiptLink: null,
        };
    this.entries.set(receipt.id, entry);
    if (!known) this.history.push('pending');
    return entry;
  }

  async setState(id: string, change: JournalChange, at: number): Promise<JournalEntry> {
    await Promise.resolve();
    const known = this.entries.get(id);
    if (!known) throw new Error(`unknown receipt ${id}`);
    return this.apply(known, change, at);
  }

  async claim(
    id: string,
    when: (entry: JournalEntry) => boolean,
    change: JournalChange,
    at: number,
  ): Promise<JournalEntry | null> {
    await Promise.resolve();
    const known = this.entries.get(id);
    // Check and write with no await between them: atomic, like the store's one transaction.
    if (!known || !when(known)) return null;
    return this.apply(known, change, at);
  }

  /** The state the receipt is in now. */
  stateOf(id: string): string | undefined {
    return this.entries.get(id)?.state;
  }

  private apply(known: JournalEntry, change: JournalChange, at: number): JournalEntry {
    const entry: JournalEntry = { ...known, state: change.state, updatedAt: at };
    if (change.state === 'failed')
      entry.failure = { cause: change.cause, at, ...(change.detail ? { detail: change.detail } : {}) };
    if (change.state === 'e-receipt-issued') entry.eReceiptLink = change.link;
    this.entries.set(known.id, entry);
    this.history.push(change.state);
    return entry;
  }
}

/** Everything a sale test looks at. */
export interface SaleRig {
  printer: VirtualPrinter;
  transport: VirtualTransport;
  session: PrinterSession;
  journal: MemoryJournal;
  faults: FaultObservation[];
  steps: SaleStep[];
  deps: SaleDeps;
  /** The journal state of each receipt at the moment the printer received its first byte of a job. */
  stateAtFirstByte: (string | undefined)[];
  /** Runs `action` once the printer has received `bytes` more bytes. */
  when(bytes: number, action: () => void): void;
  /** The printed paper as text lines. */
  paperText(): string[];
  /** How many cuts the printer made (one per receipt). */
  cuts(): number;
}

const open: PrinterSession[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/** A fresh rig; `receiptId` is the receipt whose journal state is sampled at the first byte. */
export async function saleRig(receiptId = ''): Promise<SaleRig> {
  const printer = new VirtualPrinter({ profile: PROFILES.virtual });
  const journal = new MemoryJournal();
  const stateAtFirstByte: (string | undefined)[] = [];
  let armed = false;
  const { device, when } = triggerDevice(printer, (bytes) => {
    // Status queries are 3 bytes; the first longer write after opening is job data.
    if (armed && bytes.length > 3) {
      armed = false;
      stateAtFirstByte.push(journal.stateOf(receiptId));
    }
  });
  const transport = new VirtualTransport(device, { chunkSize: 64 });
  const faults: FaultObservation[] = [];
  const sink = async (obs: FaultObservation) => {
    faults.push(obs);
  };
  const session = await PrinterSession.open(transport, { timing: FAST, onFault: sink });
  open.push(session);
  armed = true;
  const signer = await signerFromKeyPair(await generateSigningKeyPair());
  const steps: SaleStep[] = [];
  let clock = 1_700_000_000_000;
  const deps: SaleDeps = {
    printer: sessionPrinter(() => session),
    journal,
    recordFault: sink,
    issueLink: (receipt) => encodeReceiptLink(VIEWER, receipt, { signer }),
    now: () => clock++,
    onStep: (step) => steps.push(step),
  };
  return {
    printer,
    transport,
    session,
    journal,
    faults,
    steps,
    deps,
    stateAtFirstByte,
    when,
    paperText: () => textLines(printer.paper),
    cuts: () => printer.paper.items.filter((item) => item.kind === 'cut').length,
  };
}
