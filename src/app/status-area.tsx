/** The home screen's printer status: what the merchant looks at first, live from the app's printer. */
import type { TransportKind } from '../transport/types';
import { usePrinter } from './printer-context';
import { PrinterProfileNote } from './printer-profile-note';
import type { PrinterActions } from './printer-view';
import { StatusPanel } from './status/status-panel';
import './status/status.css';

function reconnect(actions: PrinterActions, transport: TransportKind | null): void {
  const connect =
    transport === 'serial'
      ? actions.connectSerial
      : transport === 'bluetooth'
        ? actions.reconnectBluetooth
        : transport === 'virtual'
          ? actions.connectVirtual
          : actions.connectUsb;
  connect().catch((error: unknown) => console.error('reconnecting failed', error));
}

/** The status area, showing the printer the app is connected to. */
export function StatusArea() {
  const { view, actions } = usePrinter();
  return (
    <>
      <StatusPanel view={view} onReconnect={(transport) => reconnect(actions, transport)} />
      <PrinterProfileNote />
    </>
  );
}
