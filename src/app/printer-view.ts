/**
 * What the merchant app knows about "the printer" at any moment, and what it can ask of it. Screens read a
 * `PrinterView` and call `PrinterActions`; only the printer controller owns the session behind them.
 */
import type { PrinterStatus } from '../escpos/status-model';
import type { FaultKind } from '../printer/faults';
import type { JobOutcome } from '../printer/job-outcome';
import type { PrinterError, PrinterIdentity } from '../transport/types';

/** Whether the printer answers status queries: learned by probing, remembered per printer. */
export type Answering = 'unknown' | 'yes' | 'no';

export type PrinterView =
  | { state: 'not-connected' }
  /** The browser's chooser is open or the device is being opened and probed. */
  | { state: 'connecting'; identity?: PrinterIdentity }
  | {
      state: 'connected';
      identity: PrinterIdentity;
      /** Last status the printer reported; null until it first answers (or forever if it never does). */
      status: PrinterStatus | null;
      /** Current faults from `status`, most specific first (see `faultsOf`). */
      faults: readonly FaultKind[];
      answering: Answering;
      /** A job is being sent or confirmed right now. */
      printing: boolean;
      /** Epoch ms of the last status reply, for "last heard from" hints. */
      lastHeardAt: number | null;
    }
  /** It was connected and went away (unplugged, powered off), or connecting failed. */
  | { state: 'lost'; identity?: PrinterIdentity; error: PrinterError };

export interface PrinterActions {
  /** Opens the browser's USB chooser (needs a user gesture) and connects to the chosen printer. */
  connectUsb(): Promise<void>;
  /** Opens the browser's serial port chooser (needs a user gesture) and connects. */
  connectSerial(): Promise<void>;
  /** Opens the browser's Bluetooth chooser (needs a user gesture) and connects to the chosen BLE printer. */
  connectBluetooth(): Promise<void>;
  /** Reconnects the lost Bluetooth printer: without the chooser where the browser allows, else with it. */
  reconnectBluetooth(): Promise<void>;
  /** Opens the serial chooser listing paired classic Bluetooth printers (SPP) and connects. */
  connectBluetoothSerial(): Promise<void>;
  /** Connects the built-in virtual printer. */
  connectVirtual(): Promise<void>;
  disconnect(): Promise<void>;
  /** Asks the printer for its status now and resolves with the resulting view. */
  refreshStatus(): Promise<PrinterView>;
  /** Prints the diagnostic test page and reports how it ended. */
  printTestPage(): Promise<JobOutcome>;
}
