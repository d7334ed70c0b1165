/** The home screen's printer status: what the merchant looks at first, live from the app's printer. */
import type { PrinterIdentity, TransportKind } from '../transport/types';
import { usePrinter } from './printer-context';
import { PrinterProfileNote } from './printer-profile-note';
import type { PrinterActions } from './printer-view';
import { StatusPanel } from './status/status-panel';
import './status/status.css';

/** A paired classic Bluetooth printer comes back through the serial chooser's Bluetooth list, not the COM one. */
const isClassicBluetooth = (identity: PrinterIdentity | undefined) =>
  identity?.bluetoothServiceClassId !== undefined;

function reconnect(
  actions: PrinterActions,
  transport: TransportKind | null,
  classicBluetooth: boolean,
): void {
  const connect = classicBluetooth
    ? actions.connectBluetoothSerial
    : transport === 'serial'
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
      <StatusPanel
        view={view}
        onReconnect={(transport) =>
          reconnect(actions, transport, view.state === 'lost' && isClassicBluetooth(view.identity))
        }
      />
      <PrinterProfileNote />
    </>
  );
}
