/**
 * When the printer is the built-in virtual one, its fault switches and its paper sit beside the wizard, so a
 * merchant trying the app can cause a fault, fix it and see what printed without leaving the steps.
 */
import type { VirtualPrinter } from '../../escpos/virtual-printer';
import type { VirtualTransport } from '../../transport/virtual';
import { useStrings } from '../i18n';
import { FaultPanel } from '../virtual-printer/fault-panel';
import { PaperView } from '../virtual-printer/paper-view';
import { wizardStrings } from './strings';

/** The virtual printer's switches and paper, folded away under a heading. */
export function VirtualSwitches(props: {
  printer: VirtualPrinter;
  transport: VirtualTransport;
  onPlugIn(): void;
}) {
  const s = useStrings(wizardStrings);
  return (
    <details class="wizard-virtual" open>
      <summary>{s.virtualSwitches}</summary>
      <FaultPanel printer={props.printer} transport={props.transport} onPlugIn={props.onPlugIn} />
      <PaperView printer={props.printer} />
    </details>
  );
}
