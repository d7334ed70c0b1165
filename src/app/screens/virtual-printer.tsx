/** "Try the virtual printer": its paper, live, and a panel of fault switches. */
import { useLang, useStrings } from '../i18n';
import { toBase64Url } from '../journal/handoff';
import { hrefFor } from '../router';
import { shellStrings } from '../strings';
import { sampleReceipt } from '../virtual-printer/sample-receipt';
import { usePrinter } from '../printer-context';
import { FaultPanel } from '../virtual-printer/fault-panel';
import { PaperView } from '../virtual-printer/paper-view';
import { virtualStrings } from '../virtual-printer/strings';
import { PlaceholderScreen } from './placeholder';
import { StatusArea } from '../status-area';
import { DrillPanel } from '../drill/drill-panel';

/** The screen: connect the virtual printer, then watch its paper and switch its faults. */
export default function VirtualPrinterScreen() {
  const v = useStrings(virtualStrings);
  const s = useStrings(shellStrings);
  const lang = useLang();
  const { view, actions, controller } = usePrinter();
  const virtual = controller.virtual;
  const inUse =
    virtual && view.state !== 'not-connected' && (view.identity?.transport ?? 'virtual') === 'virtual';
  return (
    <PlaceholderScreen title={v.title}>
      <p>{v.intro}</p>
      {!inUse || !virtual ? (
        <button type="button" class="action primary" onClick={() => void actions.connectVirtual()}>
          {v.connect}
        </button>
      ) : (
        <div class="virtual-printer">
          <div class="virtual-controls">
            <StatusArea />
            <section class="card try-it" aria-labelledby="try-it-title">
              <h2 id="try-it-title">{v.tryIt}</h2>
              <div class="try-it-actions">
                {/* Held while the printer is still connecting: a tap then would find no printer. */}
                <button
                  type="button"
                  class="action"
                  disabled={view.state !== 'connected'}
                  onClick={() => void actions.printTestPage()}
                >
                  {s.printTestPage}
                </button>
                <a
                  class="action"
                  href={hrefFor('print', {
                    receipt: toBase64Url(JSON.stringify(sampleReceipt(lang))),
                  })}
                >
                  {v.printSample}
                </a>
              </div>
              <p class="status-hint">{v.sampleHint}</p>
            </section>
            <FaultPanel
              printer={virtual.printer}
              transport={virtual.transport}
              onPlugIn={() => void actions.connectVirtual()}
            />
            <DrillPanel />
          </div>
          <PaperView printer={virtual.printer} />
        </div>
      )}
    </PlaceholderScreen>
  );
}
