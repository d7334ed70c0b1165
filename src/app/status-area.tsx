/** The home screen's printer status: what the merchant looks at first. */
import type { PrinterView } from './printer-view';
import { StatusPanel } from './status/status-panel';
import './status/status.css';

const NOT_CONNECTED: PrinterView = { state: 'not-connected' };

/** The status area, showing the printer the app is connected to. */
export function StatusArea() {
  return <StatusPanel view={NOT_CONNECTED} />;
}
