/**
 * In-page driver of `status-latency.bench.ts`, loaded from the dev server: the app's real status area over a
 * virtual printer, a fault switched on, and the moment the status area is painted saying so.
 */
import { render } from 'preact';
import { PROFILES } from '../src/escpos/capabilities';
import { VirtualPrinter } from '../src/escpos/virtual-printer';
import { LangContext } from '../src/app/i18n';
import { PrinterController } from '../src/app/printer-controller';
import { PrinterProvider, storeDeps } from '../src/app/printer-context';
import { StatusArea } from '../src/app/status-area';
import { VirtualTransport } from '../src/transport/virtual';

const painted = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
  );

/** Resolves once the status area's tone is `tone`. */
function whenTone(root: Element, tone: string): Promise<void> {
  const matches = () => root.querySelector(`[data-tone="${tone}"]`) !== null;
  return new Promise((resolve) => {
    if (matches()) return resolve();
    const observer = new MutationObserver(() => {
      if (!matches()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true });
  });
}

/** Switches paper-out on and off `rounds` times; returns each time from the switch to the status painted. */
export async function run(asb: boolean, rounds: number): Promise<number[]> {
  const container = document.createElement('div');
  document.body.append(container);
  const controller = new PrinterController(storeDeps());
  // The controller reuses a virtual printer it already has; this one answers ASB or only polling.
  const printer = new VirtualPrinter({ profile: PROFILES.virtual, asbCapable: asb });
  controller.virtual = { printer, transport: new VirtualTransport(printer) };
  render(
    <LangContext.Provider value="en">
      <PrinterProvider controller={controller}>
        <StatusArea />
      </PrinterProvider>
    </LangContext.Provider>,
    container,
  );
  await controller.connectVirtual();
  await whenTone(container, 'ok');
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // Start at a random phase of the polling period, as a real fault would.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 1000));
    const switchedAt = performance.now();
    printer.setFault('paper-out', true);
    await whenTone(container, 'bad');
    times.push((await painted()) - switchedAt);
    printer.setFault('paper-out', false);
    await whenTone(container, 'ok');
  }
  await controller.disconnect();
  render(null, container);
  container.remove();
  return times;
}
