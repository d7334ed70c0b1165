/**
 * A 58 mm receipt over the fake BLE link of the browser tests, in headless Chromium: the transport's
 * 100-byte writes and writes of a printer's full 180-byte MTU, each beside 20-byte writes (the minimum ATT
 * payload every module takes). Throughput follows the number of GATT writes, one connection event each.
 * Driven by `bluetooth.page.ts` on `bench/page.html`.
 */
import { median, type Figure } from './figures';
import { withBenchPage } from './in-page';
import type { BleRun } from './bluetooth.page';

const ROUNDS = 5;

export default async function bench(): Promise<Figure[]> {
  return withBenchPage(async (page) => {
    const measure = async (writeSize: number) =>
      // A string, so the module runner that loads this file leaves the page's `import()` alone.
      (await page.evaluate(
        `import('/bench/bluetooth.page.ts').then((d) => d.run(${writeSize}, 180, ${ROUNDS}))`,
      )) as BleRun[];
    await measure(100); // warm the module graph up
    const [small, standard, full] = [await measure(20), await measure(100), await measure(180)];
    const rate = (runs: BleRun[]) => median(runs.map((r) => (r.bytes * 1000) / r.ms));
    const writes = (runs: BleRun[]) => median(runs.map((r) => r.writes));
    const bytes = small[0]!.bytes;
    return [
      { name: '58 mm receipt: bytes', unit: 'bytes', value: bytes, better: 'lower' },
      {
        name: 'BLE 100-byte writes: throughput',
        unit: 'bytes/s',
        value: rate(standard),
        better: 'higher',
        compare: { name: '20-byte writes', value: rate(small) },
      },
      {
        name: 'BLE 100-byte writes: writes per receipt',
        unit: 'count',
        value: writes(standard),
        better: 'lower',
        compare: { name: '20-byte writes', value: writes(small) },
      },
      {
        name: 'BLE 180-byte writes: throughput',
        unit: 'bytes/s',
        value: rate(full),
        better: 'higher',
        compare: { name: '20-byte writes', value: rate(small) },
      },
      {
        name: 'BLE 180-byte writes: writes per receipt',
        unit: 'count',
        value: writes(full),
        better: 'lower',
        compare: { name: '20-byte writes', value: writes(small) },
      },
    ];
  });
}
