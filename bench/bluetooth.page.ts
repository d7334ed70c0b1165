/**
 * In-page driver of `bluetooth.bench.ts`, loaded from the dev server: the 58 mm standard receipt written
 * through the real Web Bluetooth transport to the fake BLE printer of the browser tests, at a given write
 * size. Each GATT write takes one connection event of the fake link (`WRITE_MS`).
 */
import fixture from '../test/fixtures/receipts/convenience-store-zh.json';
import { installFakeBluetooth, type FakeBluetoothControl } from '../test/_util/fake-bluetooth';
import { familySetup, printingProfile } from '../src/printer/profile';
import { receiptToEscPos } from '../src/receipt/render-escpos';
import { validateReceipt } from '../src/receipt/validate';
import type { BleDevice } from '../src/transport/ble-api';
import { WebBluetoothTransport } from '../src/transport/webbluetooth';

/** One write per BLE connection event at the shortest interval the Core spec allows (7.5 ms). */
const WRITE_MS = 7.5;

/** Bytes, milliseconds and GATT writes of one receipt at `writeSize` bytes per write. */
export interface BleRun {
  bytes: number;
  ms: number;
  writes: number;
  refused: number;
}

/** Sends the receipt `rounds` times on a fresh link of a printer taking at most `limit` bytes a write. */
export async function run(writeSize: number, limit: number, rounds: number): Promise<BleRun[]> {
  const receipt = validateReceipt(fixture);
  const bytes = receiptToEscPos(receipt, {
    profile: printingProfile(familySetup('generic-58', { kind: 'default' })),
  });
  const runs: BleRun[] = [];
  for (let round = 0; round < rounds; round++) {
    installFakeBluetooth({
      devices: [
        {
          id: 'bench',
          name: 'POS-58 BLE',
          service: '000018f0-0000-1000-8000-00805f9b34fb',
          write: '00002af1-0000-1000-8000-00805f9b34fb',
          notify: '00002af0-0000-1000-8000-00805f9b34fb',
          withoutResponse: true,
          writeLimit: limit,
          writeDelayMs: WRITE_MS,
          widthDots: 384,
        },
      ],
    });
    const control = (window as unknown as { fakeBluetooth: FakeBluetoothControl }).fakeBluetooth;
    const transport = new WebBluetoothTransport(control.device(0) as BleDevice, writeSize);
    await transport.open();
    const start = performance.now();
    await transport.write(bytes);
    const ms = performance.now() - start;
    await transport.close();
    if (control.received[0]!.length !== bytes.length) throw new Error('the receipt did not arrive whole');
    runs.push({ bytes: bytes.length, ms, writes: control.writes[0]!.length, refused: control.refused[0]! });
  }
  return runs;
}
