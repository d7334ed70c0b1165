/**
 * From what the app knows about the printer to the traffic light the merchant sees: a state, a tone, the
 * fault behind it, and the one action that helps most right now. Pure, so every case is unit-tested.
 */
import { isBlocking, type FaultKind } from '../../printer/faults';
import { bluetoothTrouble } from '../../transport/ble-trouble';
import type { TransportKind } from '../../transport/types';
import type { PrinterView } from '../printer-view';

/** The five things the light can say, plus the two moments in between. */
export type LightState =
  'ready' | 'printing' | 'attention' | 'cannot-print' | 'not-answering' | 'connecting' | 'not-connected';

/** Matches the `data-tone` styles of the status area. */
export type Tone = 'ok' | 'warn' | 'bad' | 'idle';

/** The one thing to offer: a step-by-step fix for a fault, an e-receipt, or reconnecting. */
export type StatusAction =
  | { kind: 'none' }
  /** Open the troubleshooting wizard on this fault; the label says the physical step when there is one. */
  | { kind: 'fix'; fault: FaultKind }
  /** The printer cannot print soon: give the customer an e-receipt. */
  | { kind: 'e-receipt' }
  /** Reconnect the printer that was lost, through the same transport. */
  | { kind: 'reconnect'; transport: TransportKind | null };

/** What the status area shows for one view. */
export interface StatusLight {
  state: LightState;
  tone: Tone;
  /** The fault the words are about, if any. */
  fault: FaultKind | null;
  action: StatusAction;
}

// Faults that clear without the merchant doing anything; the customer still needs a receipt now.
const WAIT_IT_OUT: ReadonlySet<FaultKind> = new Set<FaultKind>(['overheated']);

function faultAction(fault: FaultKind): StatusAction {
  return WAIT_IT_OUT.has(fault) ? { kind: 'e-receipt' } : { kind: 'fix', fault };
}

/** Maps a printer view to its light. */
export function statusLight(view: PrinterView): StatusLight {
  switch (view.state) {
    case 'not-connected':
      return { state: 'not-connected', tone: 'idle', fault: null, action: { kind: 'none' } };
    case 'connecting':
      return { state: 'connecting', tone: 'idle', fault: null, action: { kind: 'none' } };
    case 'lost': {
      const fault = view.error.code;
      // A Bluetooth printer held by another phone is freed over there: reconnecting is the step here.
      const bluetooth = view.identity?.transport === 'bluetooth' || bluetoothTrouble(view.error) !== null;
      const action: StatusAction =
        fault === 'access-denied' || (fault === 'claimed' && !bluetooth) || fault === 'unsupported'
          ? { kind: 'fix', fault }
          : { kind: 'reconnect', transport: bluetooth ? 'bluetooth' : (view.identity?.transport ?? null) };
      return { state: 'not-connected', tone: 'bad', fault, action };
    }
    case 'connected': {
      const blocking = view.faults.find((kind) => isBlocking(kind));
      if (blocking)
        return { state: 'cannot-print', tone: 'bad', fault: blocking, action: faultAction(blocking) };
      if (view.answering === 'no') {
        return {
          state: 'not-answering',
          tone: 'warn',
          fault: 'no-answer',
          action: { kind: 'fix', fault: 'no-answer' },
        };
      }
      const warning = view.faults[0];
      if (warning)
        return { state: 'attention', tone: 'warn', fault: warning, action: { kind: 'fix', fault: warning } };
      if (view.printing) return { state: 'printing', tone: 'ok', fault: null, action: { kind: 'none' } };
      return { state: 'ready', tone: 'ok', fault: null, action: { kind: 'none' } };
    }
  }
}
