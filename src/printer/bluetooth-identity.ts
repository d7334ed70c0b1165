/** Which printers are Bluetooth ones, in a module of its own so the status area can ask without the wizard. */
import type { PrinterIdentity } from '../transport/types';

/** A BLE printer, or a classic one reached as a serial port (its port names a Bluetooth service class). */
export function isBluetoothPrinter(identity: PrinterIdentity | undefined): boolean {
  return identity?.transport === 'bluetooth' || identity?.bluetoothServiceClassId !== undefined;
}
