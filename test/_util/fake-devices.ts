/**
 * Node side of the fake devices: bundles `fake-usb.ts` / `fake-serial.ts` / `fake-bluetooth.ts` (with the real virtual printer)
 * into one classic script and returns an init script that installs the fake before any page code runs:
 * `await context.addInitScript({ content: await fakeUsbScript({...}) })`.
 */
import { build, type Rolldown } from 'vite';
import { fileURLToPath } from 'node:url';
import type { FakeUsbOptions } from './fake-usb';
import type { FakeSerialOptions } from './fake-serial';
import type { FakeBluetoothOptions } from './fake-bluetooth';

type FakeFile = 'fake-usb.ts' | 'fake-serial.ts' | 'fake-bluetooth.ts';

const bundles = new Map<string, Promise<string>>();

async function bundle(file: FakeFile, name: string): Promise<string> {
  const entry = fileURLToPath(new URL(`./${file}`, import.meta.url));
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: ['iife'], name },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`bundling ${file} produced no script`);
  return chunk.code;
}

function cached(file: FakeFile, name: string): Promise<string> {
  let code = bundles.get(file);
  if (!code) {
    code = bundle(file, name);
    bundles.set(file, code);
  }
  return code;
}

/** Init script installing a fake `navigator.usb` with one printer; control it via `window.fakeUsb`. */
export async function fakeUsbScript(options: FakeUsbOptions): Promise<string> {
  const code = await cached('fake-usb.ts', 'FakeUsb');
  return `${code}\nFakeUsb.installFakeUsb(${JSON.stringify(options)});`;
}

/** Init script installing a fake `navigator.serial` with one port; control it via `window.fakeSerial`. */
export async function fakeSerialScript(options: FakeSerialOptions): Promise<string> {
  const code = await cached('fake-serial.ts', 'FakeSerial');
  return `${code}\nFakeSerial.installFakeSerial(${JSON.stringify(options)});`;
}

/** Init script installing a fake `navigator.bluetooth` with BLE printers; control it via `window.fakeBluetooth`. */
export async function fakeBluetoothScript(options: FakeBluetoothOptions): Promise<string> {
  const code = await cached('fake-bluetooth.ts', 'FakeBluetooth');
  return `${code}\nFakeBluetooth.installFakeBluetooth(${JSON.stringify(options)});`;
}
