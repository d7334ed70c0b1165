/**
 * In-page driver of `failure-to-qr.bench.ts`, loaded from the dev server: the app's real print screen on
 * the virtual printer, paper running out mid-job, and the moment the customer's QR is painted (the screen
 * keeps its QR ready but hidden while printing, so "painted" means its container is no longer hidden). The naive
 * path shows the QR only once the sale has resolved (failure and issued link written to IndexedDB) and
 * after a fresh signing-key load from IndexedDB.
 */
import { render } from 'preact';
import { LangContext } from '../src/app/i18n';
import { appSaleDeps } from '../src/app/journal/app-deps';
import { toBase64Url } from '../src/app/journal/handoff';
import { PrinterController } from '../src/app/printer-controller';
import { PrinterProvider, storeDeps } from '../src/app/printer-context';
import PrintScreen from '../src/app/screens/print';
import { encodeReceiptLink } from '../src/receipt/link/encode';
import { qrForLink, qrSvg } from '../src/receipt/qr';
import { signerFromKeyPair } from '../src/receipt/sign';
import type { Receipt } from '../src/receipt/types';
import { printReceipt } from '../src/sale/print-receipt';
import { getOrCreateSigningKey } from '../src/store/keys';

/** Times of one run, in ms: from paper out, and from the job's failure being known, to the QR painted. */
export interface RunTimes {
  fromPaperOut: number;
  fromFailure: number;
}

/** Resolves after the next frame has been painted. */
const painted = () =>
  new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));

function whenPresent(root: Element, selector: string): Promise<Element> {
  return new Promise((resolve) => {
    const found = root.querySelector(selector);
    if (found) return resolve(found);
    const observer = new MutationObserver(() => {
      const element = root.querySelector(selector);
      if (!element) return;
      observer.disconnect();
      resolve(element);
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

/** One sale whose paper runs out after a few lines; `mode` says how the QR gets on screen. */
export async function run(receipt: Receipt, mode: 'app' | 'naive'): Promise<RunTimes> {
  const container = document.createElement('div');
  document.body.append(container);
  const controller = new PrinterController(storeDeps());
  await controller.connectVirtual();
  const printer = controller.virtual!.printer;
  const session = controller.session!;
  let paperOutAt = NaN;
  let failedAt = NaN;
  const stopChange = printer.onChange(() => {
    if (Number.isNaN(paperOutAt) && printer.state.faults.includes('paper-out'))
      paperOutAt = performance.now();
  });
  // The session ends a job's `printing` the moment its outcome is known.
  const stopPrinting = session.on('printing', ({ printing }) => {
    if (!printing && Number.isNaN(failedAt)) failedAt = performance.now();
  });
  printer.runOutOfPaperAfter(5);
  let paintedAt: number;
  if (mode === 'app') {
    const params = new URLSearchParams({ receipt: toBase64Url(JSON.stringify(receipt)) });
    render(
      <LangContext.Provider value="en">
        <PrinterProvider controller={controller}>
          <PrintScreen route={{ name: 'print', params }} />
        </PrinterProvider>
      </LangContext.Provider>,
      container,
    );
    const button = (await whenPresent(container, 'button.primary')) as HTMLButtonElement;
    button.click();
    await whenPresent(container, '.print-qr:not([hidden]) .ereceipt-qr svg');
    paintedAt = await painted();
  } else {
    await printReceipt(receipt, await appSaleDeps(controller));
    const signer = await signerFromKeyPair(await getOrCreateSigningKey());
    const link = await encodeReceiptLink(`${location.origin}/`, receipt, { signer });
    container.innerHTML = qrSvg(qrForLink(link));
    paintedAt = await painted();
  }
  stopChange();
  stopPrinting();
  render(null, container);
  container.remove();
  await controller.disconnect();
  return { fromPaperOut: paintedAt - paperOutAt, fromFailure: paintedAt - failedAt };
}
