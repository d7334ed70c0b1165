/**
 * The Connect printer sheet: USB cable, serial (COM) and Bluetooth, each with one line saying when to choose
 * it. A way this browser lacks says so and points to e-receipts instead of offering a button that cannot work.
 */
import { useEffect } from 'preact/hooks';
import { useStrings } from '../i18n';
import { preloadTransports } from '../transports';
import type { PrinterActions } from '../printer-view';
import { hrefFor } from '../router';
import { connectStrings } from './connect-strings';
import './connect.css';

/** Which device APIs this browser has; each is missing on iOS, and some on Firefox and Safari. */
export interface ConnectAbilities {
  usb: boolean;
  serial: boolean;
  bluetooth: boolean;
}

// Each API's presence is its feature test: https://wicg.github.io/webusb/#enumeration (navigator.usb),
// https://wicg.github.io/serial/#extensions-to-the-navigator-interface (navigator.serial),
// https://webbluetoothcg.github.io/web-bluetooth/#navigator-extensions (navigator.bluetooth). Browsers that
// lack one leave the member out, and pages that are not a secure context do too.
/** What `nav` offers. */
export function connectAbilities(nav: Navigator = navigator): ConnectAbilities {
  return { usb: 'usb' in nav, serial: 'serial' in nav, bluetooth: 'bluetooth' in nav };
}

type Words = (typeof connectStrings)['en'];

function Unavailable({ id, words }: { id: string; words: Words }) {
  return (
    <p id={id} class="connect-unavailable">
      {words.unavailable} <a href={hrefFor('ereceipt')}>{words.useEReceipt}</a>
    </p>
  );
}

/** One way of connecting: its title, its buttons (or why there are none), and when to choose it. */
function Option(props: {
  name: 'usb' | 'serial' | 'bluetooth';
  title: string;
  when: string;
  buttons: readonly { label: string; run: () => void }[];
  words: Words;
}) {
  const { name, title, when, buttons, words } = props;
  const whenId = `connect-${name}-when`;
  const missingId = `connect-${name}-missing`;
  return (
    <li class="connect-option" data-option={name} data-available={buttons.length > 0 ? 'yes' : 'no'}>
      <h3>{title}</h3>
      <p id={whenId}>{when}</p>
      {buttons.length > 0 ? (
        <div class="connect-buttons">
          {buttons.map((button) => (
            <button
              key={button.label}
              type="button"
              class="action"
              aria-describedby={whenId}
              onClick={button.run}
            >
              {button.label}
            </button>
          ))}
        </div>
      ) : (
        <Unavailable id={missingId} words={words} />
      )}
    </li>
  );
}

/** The sheet; `onChosen` runs as a way is picked (the browser's chooser opens from the same tap). */
export function ConnectSheet({
  actions,
  onChosen,
  abilities = connectAbilities(),
}: {
  actions: PrinterActions;
  onChosen(): void;
  abilities?: ConnectAbilities;
}) {
  // The merchant is about to pick one: have every transport loaded before the chooser opens.
  useEffect(() => preloadTransports(), []);
  const s = useStrings(connectStrings);
  // The chooser needs the merchant's own tap, so each connect starts straight from the click handler.
  const pick = (connect: () => Promise<void>) => () => {
    onChosen();
    connect().catch((error: unknown) => console.error('connecting failed', error));
  };
  const bluetooth = [
    ...(abilities.bluetooth ? [{ label: s.bluetoothLe, run: pick(actions.connectBluetooth) }] : []),
    ...(abilities.serial ? [{ label: s.bluetoothClassic, run: pick(actions.connectBluetoothSerial) }] : []),
  ];
  return (
    <section class="connect-sheet card" aria-labelledby="connect-sheet-title">
      <h2 id="connect-sheet-title">{s.title}</h2>
      <ul class="connect-options">
        <Option
          name="usb"
          title={s.usb}
          when={s.usbWhen}
          words={s}
          buttons={abilities.usb ? [{ label: s.usb, run: pick(actions.connectUsb) }] : []}
        />
        <Option
          name="serial"
          title={s.serial}
          when={s.serialWhen}
          words={s}
          buttons={abilities.serial ? [{ label: s.serial, run: pick(actions.connectSerial) }] : []}
        />
        <Option name="bluetooth" title={s.bluetooth} when={s.bluetoothWhen} words={s} buttons={bluetooth} />
      </ul>
    </section>
  );
}
