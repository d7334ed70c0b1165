/**
 * Print throughput over the virtual transport: a ~90 KB raster job through the whole session (pieces,
 * status checks between them, the fence and the final status) against the same bytes written straight
 * to the raw transport.
 */
import { PROFILES } from '../src/escpos/capabilities';
import { concatCommands } from '../src/escpos/commands';
import { imageCommands } from '../src/escpos/image';
import { VirtualPrinter } from '../src/escpos/virtual-printer';
import { PrinterSession } from '../src/printer/session';
import { VirtualTransport } from '../src/transport/virtual';
import { median, type Figure } from './figures';

function rasterJob() {
  const width = 576;
  const height = 1250; // 576 / 8 × 1250 ≈ 90 KB of raster data
  const data = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i++) data[i] = ((i % width) * 7 + Math.floor(i / width) * 3) % 256;
  return imageCommands({ width, height, data }, width, 'threshold');
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

export default async function bench(): Promise<Figure[]> {
  const commands = rasterJob();
  const bytes = concatCommands(commands);
  const sessionMs: number[] = [];
  const rawMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const session = await PrinterSession.open(
      new VirtualTransport(new VirtualPrinter({ profile: PROFILES.virtual })),
    );
    sessionMs.push(await timed(() => session.print(commands, { kind: 'test-page' })));
    await session.close();
    const raw = new VirtualTransport(new VirtualPrinter({ profile: PROFILES.virtual }));
    await raw.open();
    rawMs.push(await timed(() => raw.write(bytes)));
    await raw.close();
  }
  const perSecond = (ms: number) => Math.round(bytes.length / (ms / 1000));
  return [
    { name: 'raster job size', unit: 'bytes', value: bytes.length, better: 'lower' },
    {
      name: 'print through the session (pieces, status checks, fence)',
      unit: 'bytes/s',
      value: perSecond(median(sessionMs)),
      better: 'higher',
      compare: { name: 'raw transport write', value: perSecond(median(rawMs)) },
    },
  ];
}
