/**
 * Beside the status light when a Bluetooth printer (BLE, or classic over a serial port) was lost: a way into
 * the wizard's Bluetooth questions, which start by themselves for such a printer.
 */
import { isBluetoothPrinter } from '../../printer/bluetooth-identity';
import { defineStrings, useStrings } from '../i18n';
import type { PrinterView } from '../printer-view';
import { hrefFor } from '../router';

const strings = defineStrings({
  en: { bluetoothHelp: 'Bluetooth printer gone? Find out why, step by step' },
  zh: { bluetoothHelp: '蓝牙打印机断开了？一步步找原因' },
});

/** The link, only while the lost printer is a Bluetooth one. */
export function BluetoothHelp({ view }: { view: PrinterView }) {
  const s = useStrings(strings);
  if (view.state !== 'lost' || !isBluetoothPrinter(view.identity)) return null;
  return (
    <a class="status-action bluetooth-help" href={hrefFor('wizard')}>
      {s.bluetoothHelp}
    </a>
  );
}
