/** Line settings for serial receipt printers, as data with sane defaults. */

export type BaudRate = 9600 | 19200 | 38400 | 57600 | 115200;

/** What the merchant can set for a serial printer (Web Serial's `SerialOptions`, plus a write timeout). */
export interface SerialSettings {
  baudRate: BaudRate;
  dataBits: 7 | 8;
  stopBits: 1 | 2;
  parity: 'none' | 'even' | 'odd';
  flowControl: 'none' | 'hardware';
  /** Web Serial writes have no timeout of their own; a blocked printer must not hang the app. */
  writeTimeoutMs: number;
}

// 9600 8N1 without flow control is the factory setting printed on the self-test page of most 58/80 mm
// ESC/POS printers with a DB9 port (Epson TM-T20/T88 manuals list 9600 as an option; Xprinter, Zjiang and
// GPrinter ship at 9600). USB "virtual COM" printers ignore the rate entirely.
/** Line settings used until the merchant or the baud-rate probe chooses others. */
export const DEFAULT_SERIAL_SETTINGS: SerialSettings = Object.freeze({
  baudRate: 9600,
  dataBits: 8,
  stopBits: 1,
  parity: 'none',
  flowControl: 'none',
  writeTimeoutMs: 5000,
});

/** The order in which the auto-probe tries rates: the factory default first, then the common alternatives. */
export const PROBE_BAUD_RATES: readonly BaudRate[] = [9600, 19200, 115200, 38400, 57600];

/** Settings with `partial` applied over the defaults. */
export function serialSettings(partial: Partial<SerialSettings> = {}): SerialSettings {
  return { ...DEFAULT_SERIAL_SETTINGS, ...partial };
}
