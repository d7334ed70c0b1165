/** The traffic light itself: one view in, the light, its words and its one action out. */
import type { TransportKind } from '../../transport/types';
import { faultWords } from '../fault-log/fault-words';
import { useLang, useStrings } from '../i18n';
import type { PrinterView } from '../printer-view';
import { hrefFor } from '../router';
import { statusLight, type LightState, type StatusAction } from './status-light';
import { statusStrings } from './status-strings';
import { DeviceNotes } from './device-notes';
import { PaperLoadingDrawing } from './paper-drawing';
import { BluetoothHelp } from './bluetooth-help';

type Words = (typeof statusStrings)['en'];

const HEADLINE: Record<LightState, keyof Words> = {
  ready: 'ready',
  printing: 'printing',
  attention: 'attention',
  'cannot-print': 'cannotPrint',
  'not-answering': 'notAnswering',
  connecting: 'connecting',
  'not-connected': 'notConnected',
};

const PLAIN_HINT: Partial<Record<LightState, keyof Words>> = {
  ready: 'readyHint',
  printing: 'printingHint',
  'not-answering': 'notAnsweringHint',
  connecting: 'connectingHint',
  'not-connected': 'notConnectedHint',
};

/** The view to show, and how to reconnect a lost printer. */
export interface StatusPanelProps {
  view: PrinterView;
  /** Reconnects through the given transport (the lost printer's). */
  onReconnect?: (transport: TransportKind | null) => void;
}

/** The status area for one printer view. */
export function StatusPanel({ view, onReconnect }: StatusPanelProps) {
  const s = useStrings(statusStrings);
  const lang = useLang();
  const light = statusLight(view);
  const words = light.fault ? faultWords(light.fault, lang) : null;
  const hintKey = PLAIN_HINT[light.state];
  // Chinese sentences end with a full-width stop and no space.
  const joined = words && (lang === 'zh' ? `${words.title}。${words.todo}` : `${words.title}. ${words.todo}`);
  const hint = joined || (hintKey ? String(s[hintKey]) : '');
  return (
    <section
      class="status-area card"
      data-state={light.state}
      data-tone={light.tone}
      data-fault={light.fault ?? undefined}
      aria-labelledby="status-title"
    >
      <h2 id="status-title" class="visually-hidden">
        {s.printerStatus}
      </h2>
      <div class="status-light" aria-hidden="true" />
      <div class="status-body">
        <div role="status" aria-live="polite">
          <p class="status-word">{String(s[HEADLINE[light.state]])}</p>
          <p class="status-hint">{hint}</p>
        </div>
        {light.fault === 'paper-out' && <PaperLoadingDrawing />}
        <ActionButton action={light.action} words={s} onReconnect={onReconnect} />
        <BluetoothHelp view={view} />
        <DeviceNotes />
      </div>
    </section>
  );
}

function ActionButton(props: {
  action: StatusAction;
  words: Words;
  onReconnect: StatusPanelProps['onReconnect'];
}) {
  const { action, words: s, onReconnect } = props;
  switch (action.kind) {
    case 'none':
      return null;
    case 'fix': {
      const label =
        action.fault === 'paper-out'
          ? s.loadPaper
          : action.fault === 'cover-open'
            ? s.closeCover
            : s.fixStepByStep;
      return (
        <a class="status-action primary" href={hrefFor('wizard', { fault: action.fault })}>
          {label}
        </a>
      );
    }
    case 'e-receipt':
      return (
        <a class="status-action primary" href={hrefFor('ereceipt')}>
          {s.giveEReceipt}
        </a>
      );
    case 'reconnect':
      return onReconnect ? (
        <button type="button" class="status-action primary" onClick={() => onReconnect(action.transport)}>
          {s.reconnect}
        </button>
      ) : null;
  }
}
