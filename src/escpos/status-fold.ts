/**
 * Folding parsed replies into the one `PrinterStatus` model, and decoding raw status bytes for humans
 * (support staff, the `receipt-rescue status` command).
 *
 * Bit meanings: Epson ESC/POS reference ("DLE EOT", "GS a", "GS r" status tables), cross-checked with the
 * Bixolon SRP-350 and HPRT TP80K manuals; summarised in the shared notes (escpos-status.md).
 */
import type { PaperLevel, PrinterStatus } from './status-model';
import type { StatusEvent } from './status';
import { parseReply } from './status';
import type { Expectation, RealtimeStatusKind } from './status-requests';

/** How many raw reply bytes a status keeps for support reports (newest last). */
export const RAW_HISTORY = 32;

const bit = (byte: number, mask: number): boolean => (byte & mask) !== 0;

/** Returns a new status with what `event` says overlaid on `status`; events without status content return it as is. */
export function applyStatusEvent(status: PrinterStatus, event: StatusEvent): PrinterStatus {
  switch (event.kind) {
    case 'realtime':
      return {
        ...status,
        ...realtimeFields(event.n, event.byte),
        raw: keep(status.raw, event.raw),
        source: 'dle-eot',
      };
    case 'asb':
      return { ...status, ...asbFields(event.bytes), raw: keep(status.raw, event.raw), source: 'asb' };
    case 'transmit-status': {
      const fields: Partial<PrinterStatus> =
        event.n === 1 ? { paper: paperFromGsR(event.byte) } : { drawerPinHigh: bit(event.byte, 0x01) };
      return { ...status, ...fields, raw: keep(status.raw, event.raw), source: 'gs-r' };
    }
    default:
      return status;
  }
}

function keep(previous: readonly number[], added: readonly number[]): readonly number[] {
  return [...previous, ...added].slice(-RAW_HISTORY);
}

function realtimeFields(n: RealtimeStatusKind, b: number): Partial<PrinterStatus> {
  switch (n) {
    case 1: // b2 drawer pin 3, b3 offline, b5 waiting for online recovery, b6 feed button pressed
      return {
        drawerPinHigh: bit(b, 0x04),
        online: !bit(b, 0x08),
        waitingForRecovery: bit(b, 0x20),
        feedButtonPressed: bit(b, 0x40),
      };
    case 2: // b2 cover open, b3 paper fed by button, b5 stopped by paper end, b6 error occurred
      return { coverOpen: bit(b, 0x04), feedButtonPressed: bit(b, 0x08), stoppedByPaperEnd: bit(b, 0x20) };
    case 3: // b2 recoverable (mechanical) error, b3 autocutter, b5 unrecoverable, b6 auto-recoverable (head temp)
      return {
        recoverableError: bit(b, 0x04),
        cutterError: bit(b, 0x08),
        unrecoverableError: bit(b, 0x20),
        headOverheated: bit(b, 0x40),
      };
    case 4: // b2+b3 roll paper near end, b5+b6 roll paper end
      return { paper: (b & 0x60) === 0x60 ? 'out' : (b & 0x0c) === 0x0c ? 'near-end' : 'ok' };
  }
}

function asbFields([b1, b2, b3]: readonly [number, number, number, number]): Partial<PrinterStatus> {
  const paper: PaperLevel = (b3 & 0x0c) !== 0 ? 'out' : (b3 & 0x03) !== 0 ? 'near-end' : 'ok';
  return {
    drawerPinHigh: bit(b1, 0x04),
    online: !bit(b1, 0x08),
    coverOpen: bit(b1, 0x20),
    feedButtonPressed: bit(b1, 0x40) || bit(b2, 0x02),
    waitingForRecovery: bit(b2, 0x01),
    recoverableError: bit(b2, 0x04),
    cutterError: bit(b2, 0x08),
    unrecoverableError: bit(b2, 0x20),
    headOverheated: bit(b2, 0x40),
    paper,
    // ASB has no separate "stopped by paper end" bit; paper end with the printer offline means exactly that.
    stoppedByPaperEnd: paper === 'out' && bit(b1, 0x08),
  };
}

function paperFromGsR(b: number): PaperLevel {
  // GS r 1: b0+b1 near end, b2+b3 paper end (Epson, "GS r").
  return (b & 0x0c) !== 0 ? 'out' : (b & 0x03) !== 0 ? 'near-end' : 'ok';
}

const REALTIME_BITS: Record<RealtimeStatusKind, readonly [number, string][]> = {
  1: [
    [0x04, 'drawer kick-out connector pin 3 high'],
    [0x08, 'offline'],
    [0x20, 'waiting for online recovery'],
    [0x40, 'paper feed button pressed'],
  ],
  2: [
    [0x04, 'cover open'],
    [0x08, 'paper being fed by the feed button'],
    [0x20, 'printing stopped by paper end'],
    [0x40, 'an error occurred'],
  ],
  3: [
    [0x04, 'recoverable (mechanical) error'],
    [0x08, 'autocutter error'],
    [0x20, 'unrecoverable error'],
    [0x40, 'auto-recoverable error (print head temperature)'],
  ],
  4: [
    [0x0c, 'roll paper near end'],
    [0x60, 'roll paper end'],
  ],
};

const ASB_BITS: readonly (readonly [number, string][])[] = [
  [
    [0x04, 'drawer kick-out connector pin 3 high'],
    [0x08, 'offline'],
    [0x20, 'cover open'],
    [0x40, 'paper being fed by the feed button'],
  ],
  [
    [0x01, 'waiting for online recovery'],
    [0x02, 'paper feed button pressed'],
    [0x04, 'recoverable (mechanical) error'],
    [0x08, 'autocutter error'],
    [0x20, 'unrecoverable error'],
    [0x40, 'auto-recoverable error (print head temperature)'],
  ],
  [
    [0x03, 'roll paper near end'],
    [0x0c, 'roll paper end'],
  ],
];

const hex = (b: number): string => b.toString(16).padStart(2, '0').toUpperCase();

function flags(byte: number, table: readonly (readonly [number, string])[], all: boolean): string {
  const set = table
    .filter(([mask]) => (all ? (byte & mask) === mask : (byte & mask) !== 0))
    .map(([, text]) => text);
  return set.length ? set.join(', ') : 'nothing set';
}

/**
 * Explains status bytes given as hex ("12", "10 04 00 00", "0x7e"). A lone real-time byte does not say which
 * DLE EOT n it answers, so it is explained for each n unless `realtime` names it. Returns one line per reply.
 */
export function describeStatusBytes(
  hexText: string,
  options: { realtime?: RealtimeStatusKind } = {},
): string[] {
  const cleaned = hexText.replace(/0x/gi, '').replace(/[\s,:-]/g, '');
  if (!/^([0-9a-f]{2})+$/i.test(cleaned)) {
    throw new StatusBytesError(
      `Not hex bytes: ${JSON.stringify(hexText)} (write them like "12" or "10 00 0F 00").`,
    );
  }
  const bytes = Uint8Array.from(cleaned.match(/../g)!.map((pair) => parseInt(pair, 16)));
  // Pretend every kind of reply is awaited so each byte is read as what its shape says it is.
  const awaited: Expectation[] = [
    { kind: 'realtime', n: options.realtime ?? 1 },
    { kind: 'transmit-status', n: 1 },
    { kind: 'printer-info', n: 65 },
  ];
  const lines: string[] = [];
  let at = 0;
  while (at < bytes.length) {
    const step = parseReply(bytes.subarray(at), awaited);
    if (step.consumed === 0) {
      lines.push(`${[...bytes.subarray(at)].map(hex).join(' ')}: incomplete reply`);
      break;
    }
    lines.push(...describeEvent(step.event!, options.realtime));
    at += step.consumed;
  }
  return lines;
}

function describeEvent(event: StatusEvent, n: RealtimeStatusKind | undefined): string[] {
  const raw = event.raw.map(hex).join(' ');
  switch (event.kind) {
    case 'realtime': {
      const kinds: RealtimeStatusKind[] = n ? [n] : [1, 2, 3, 4];
      return kinds.map(
        (k) => `${raw}: if the answer to DLE EOT ${k}: ${flags(event.byte, REALTIME_BITS[k], k === 4)}`,
      );
    }
    case 'asb': {
      const parts = ASB_BITS.map((table, i) => flags(event.bytes[i]!, table, false)).filter(
        (t) => t !== 'nothing set',
      );
      return [
        `${raw}: automatic status back: ${parts.length ? parts.join(', ') : 'online, no error, paper ok'}`,
      ];
    }
    case 'transmit-status': {
      const paper = paperFromGsR(event.byte);
      return [`${raw}: if the answer to GS r 1: paper ${paper === 'ok' ? 'present' : paper}`];
    }
    case 'printer-info':
      return [`${raw}: printer information block: "${event.text}"`];
    case 'flow-control':
      return [`${raw}: ${event.xon ? 'XON (ready for data)' : 'XOFF (receive buffer nearly full)'}`];
    case 'completion':
      return [`${raw}: print completion for id "${event.id}"`];
    case 'block':
      return [`${raw}: block reply with header ${hex(event.header)}`];
    case 'printer-id':
      return [`${raw}: printer ID byte ${hex(event.value)}`];
    case 'unknown':
      return [`${raw}: not a status reply (${event.reason})`];
  }
}

/** Thrown by `describeStatusBytes` for text that is not hex bytes. */
export class StatusBytesError extends Error {
  override readonly name = 'StatusBytesError';
  readonly code = 'not-hex';
}
