/** "Try the virtual printer": its paper, live, and a panel of fault switches. */
import { useStrings } from '../i18n';
import { usePrinter } from '../printer-context';
import { FaultPanel } from '../virtual-printer/fault-panel';
import { PaperView } from '../virtual-printer/paper-view';
import { virtualStrings } from '../virtual-printer/strings';
import { PlaceholderScreen } from './placeholder';
import { StatusArea } from '../status-area';

/** The screen: connect the virtual printer, then watch its paper and switch its faults. */
export default function VirtualPrinterScreen() {
  const v = useStrings(virtualStrings);
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
          <StatusArea />
          <FaultPanel
            printer={virtual.printer}
            transport={virtual.transport}
            onPlugIn={() => void actions.connectVirtual()}
          />
          <PaperView printer={virtual.printer} />
        </div>
      )}
    </PlaceholderScreen>
  );
}
