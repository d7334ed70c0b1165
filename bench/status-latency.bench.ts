/**
 * From a fault switched on in the virtual printer to the app's status area painted showing it, in headless
 * Chromium: a printer that pushes its status (ASB) against one the app has to poll (DLE EOT every second).
 * Driven by `status-latency.page.tsx` on `bench/page.html`.
 */
import { median, type Figure } from './figures';
import { withBenchPage } from './in-page';

const ROUNDS = 10;

export default async function bench(): Promise<Figure[]> {
  return withBenchPage(async (page) => {
    const measure = async (asb: boolean) =>
      // A string, so the module runner that loads this file leaves the page's `import()` alone.
      (await page.evaluate(
        `import('/bench/status-latency.page.tsx').then((d) => d.run(${asb}, ${ROUNDS}))`,
      )) as number[];
    await measure(true); // warm the module graph up
    const pushed = median(await measure(true));
    const polled = median(await measure(false));
    return [
      {
        name: 'fault → status area painted, ASB',
        unit: 'ms',
        value: pushed,
        better: 'lower',
        compare: { name: 'polling DLE EOT', value: polled },
        target: '≤ 200 ms (polling ≤ 1000 ms)',
      },
    ];
  });
}
