/** Switches that put the virtual printer into each fault, and choose how it answers. */
import { useEffect, useState } from 'preact/hooks';
import type { ReplyMode, VirtualFault, VirtualPrinter } from '../../escpos/virtual-printer';
import type { VirtualTransport } from '../../transport/virtual';
import { useStrings } from '../i18n';
import { virtualStrings } from './strings';
import './virtual-printer.css';

type FaultKey = 'coverOpen' | 'paperOut' | 'paperNearEnd' | 'cutterJam' | 'overheated' | 'offline';

const FAULT_SWITCHES: readonly [FaultKey, VirtualFault][] = [
  ['coverOpen', 'cover-open'],
  ['paperOut', 'paper-out'],
  ['paperNearEnd', 'paper-near-end'],
  ['cutterJam', 'cutter-jam'],
  ['overheated', 'overheated'],
  ['offline', 'offline'],
];

const REPLY_MODES: readonly ['normal' | 'silent' | 'garbled' | 'slow', ReplyMode][] = [
  ['normal', { kind: 'normal' }],
  ['silent', { kind: 'silent' }],
  ['garbled', { kind: 'garbled' }],
  ['slow', { kind: 'slow', delayMs: 600 }],
];

/** The fault switches and reply-mode choice of the virtual printer. */
export function FaultPanel(props: {
  printer: VirtualPrinter;
  transport: VirtualTransport;
  /** Called when the cable is put back in, to reconnect. */
  onPlugIn: () => void;
}) {
  const { printer, transport, onPlugIn } = props;
  const v = useStrings(virtualStrings);
  const [state, setState] = useState(() => printer.state);
  const [plugged, setPlugged] = useState(transport.isPlugged);
  useEffect(() => printer.onChange(() => setState(printer.state)), [printer]);
  useEffect(() => setPlugged(transport.isPlugged), [transport]);

  const toggleCable = () => {
    if (plugged) transport.unplug();
    else {
      transport.plugIn();
      onPlugIn();
    }
    setPlugged(!plugged);
  };

  return (
    <section class="card fault-panel" aria-label={v.faults}>
      <h2>{v.faults}</h2>
      {FAULT_SWITCHES.map(([key, fault]) => (
        <label key={key} class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={state.faults.includes(fault)}
            onChange={(event) => printer.setFault(fault, event.currentTarget.checked)}
          />
          {v[key]}
        </label>
      ))}
      <label class="switch">
        <input type="checkbox" role="switch" checked={!plugged} onChange={toggleCable} />
        {v.unplug}
      </label>
      <fieldset>
        <legend>{v.replies}</legend>
        {REPLY_MODES.map(([key, mode]) => (
          <label key={key} class="switch">
            <input
              type="radio"
              name="reply-mode"
              checked={state.replyMode.kind === mode.kind}
              onChange={() => printer.setReplyMode(mode)}
            />
            {v[key]}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
