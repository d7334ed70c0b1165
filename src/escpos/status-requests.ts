/**
 * Builders for the commands that make a printer talk back. Each returns `{ name, bytes, expects }`:
 * the mnemonic, the exact bytes, and what reply (if any) the parser should expect for it.
 *
 * Byte values: Epson "ESC/POS Command Reference" (DLE EOT, GS a, GS r, GS I, GS ( H, DLE ENQ pages), cross-checked
 * against the HPRT TP80K, Bixolon SRP-330II and Citizen CBM-1000 programming manuals.
 */

/** DLE EOT n selectors: 1 printer, 2 offline cause, 3 error cause, 4 roll paper sensor. */
export type RealtimeStatusKind = 1 | 2 | 3 | 4;
/** GS r n selectors: 1 paper sensor, 2 drawer kick-out connector. */
export type TransmitStatusKind = 1 | 2;
/** GS I n selectors answered with one byte: 1 model ID, 2 type ID, 3 version ID. */
export type PrinterIdByteKind = 1 | 2 | 3;
/** GS I n selectors answered with a `0x5F … 0x00` block: 65 firmware, 66 maker, 67 model, 68 serial, 69 font. */
export type PrinterInfoKind = 65 | 66 | 67 | 68 | 69;

/** What reply a request makes the printer send, so the parser can tell replies apart. */
export type Expectation =
  /** Real-time: answered at once, even offline or with a full buffer, ahead of queued print data. */
  | { kind: 'realtime'; n: RealtimeStatusKind }
  /** In order: answered only after everything sent before it was processed. */
  | { kind: 'transmit-status'; n: TransmitStatusKind }
  | { kind: 'printer-id'; n: PrinterIdByteKind }
  | { kind: 'printer-info'; n: PrinterInfoKind }
  /** In order, after the preceding data has finished printing; the reply carries the id back. */
  | { kind: 'completion'; id: string };

/** A command that makes the printer reply (or, for ASB, start or stop replying on its own). */
export interface StatusRequest {
  name: string;
  bytes: Uint8Array;
  /** The reply to wait for; null when the command itself has no direct answer. */
  expects: Expectation | null;
}

/** GS a n bits: which changes make the printer send an Automatic Status Back. */
export const ASB_DRAWER = 0x01;
export const ASB_ONLINE = 0x02;
export const ASB_ERROR = 0x04;
export const ASB_PAPER = 0x08;
export const ASB_PANEL_SWITCH = 0x40;
/** Every ASB category this project understands. */
export const ASB_ALL = ASB_DRAWER | ASB_ONLINE | ASB_ERROR | ASB_PAPER | ASB_PANEL_SWITCH;

/** DLE EOT n = transmit real-time status (`10 04 n`). */
export function realtimeStatus(n: RealtimeStatusKind): StatusRequest {
  /* DLE EOT n = 0x10 0x04 n, 1 ≤ n ≤ 4 (Epson ESC/POS reference, "DLE EOT") */
  return { name: `DLE EOT ${n}`, bytes: Uint8Array.of(0x10, 0x04, n), expects: { kind: 'realtime', n } };
}

/** GS a n = enable Automatic Status Back for the categories in `mask` (see the ASB_* bits). */
export function enableAutoStatusBack(mask: number = ASB_ALL): StatusRequest {
  if (!Number.isInteger(mask) || mask <= 0 || mask > 0xff) {
    throw new RangeError(`GS a mask must be an integer in 1..255 (0 turns ASB off), got ${mask}.`);
  }
  /* GS a n = 0x1D 0x61 n; b0 drawer, b1 online, b2 error, b3 roll paper, b6 panel switch (Epson, "GS a") */
  return { name: `GS a ${mask}`, bytes: Uint8Array.of(0x1d, 0x61, mask), expects: null };
}

/** GS a 0 = disable Automatic Status Back. */
export function disableAutoStatusBack(): StatusRequest {
  /* GS a 0 = 0x1D 0x61 0x00 (Epson, "GS a") */
  return { name: 'GS a 0', bytes: Uint8Array.of(0x1d, 0x61, 0x00), expects: null };
}

/** GS r n = transmit status, in order with print data: appended to a job it is a fence. */
export function transmitStatus(n: TransmitStatusKind): StatusRequest {
  /* GS r n = 0x1D 0x72 n; n = 1/49 paper sensor, 2/50 drawer kick-out connector (Epson, "GS r") */
  return { name: `GS r ${n}`, bytes: Uint8Array.of(0x1d, 0x72, n), expects: { kind: 'transmit-status', n } };
}

/** GS I n = transmit printer ID (n 1–3, one byte) or printer information (n 65–69, a block). */
export function transmitPrinterId(n: PrinterIdByteKind | PrinterInfoKind): StatusRequest {
  /* GS I n = 0x1D 0x49 n; 1 model, 2 type, 3 version; 65 firmware, 66 maker, 67 model, 68 serial,
     69 font language (Epson, "GS I"; block reply "5F … 00" per Bixolon SRP-330II manual) */
  const expects: Expectation =
    n >= 65
      ? { kind: 'printer-info', n: n as PrinterInfoKind }
      : { kind: 'printer-id', n: n as PrinterIdByteKind };
  return { name: `GS I ${n}`, bytes: Uint8Array.of(0x1d, 0x49, n), expects };
}

/**
 * GS ( H fn 48 = ask for a reply once all preceding data has printed. `id` is 4 printable ASCII characters
 * (0x20 < c < 0x7F per the reference's 32 ≤ d ≤ 126); the printer echoes them in a `37 22 d1 d2 d3 d4 00` block.
 * Support differs by model: probe before relying on it.
 */
export function requestCompletion(id: string): StatusRequest {
  if (!/^[\x20-\x7e]{4}$/.test(id)) {
    throw new RangeError(
      `GS ( H id must be exactly 4 printable ASCII characters, got ${JSON.stringify(id)}.`,
    );
  }
  const d = [...id].map((c) => c.charCodeAt(0));
  /* GS ( H pL pH fn m d1..d4 = 0x1D 0x28 0x48 0x06 0x00 0x30 0x30 d1..d4
     (Epson, "GS ( H <Function 48>: transmission of process ID response") */
  return {
    name: `GS ( H 48 "${id}"`,
    bytes: Uint8Array.of(0x1d, 0x28, 0x48, 0x06, 0x00, 0x30, 0x30, ...d),
    expects: { kind: 'completion', id },
  };
}

/**
 * DLE ENQ n = real-time request to recover (1: resume from the error line, 2: clear buffers and recover).
 * Never send this on your own: resuming can print a receipt twice. Only on the merchant's explicit request.
 */
export function realtimeRecover(n: 1 | 2): StatusRequest {
  /* DLE ENQ n = 0x10 0x05 n (Epson, "DLE ENQ"; Custom P80C manual for n = 2) */
  return { name: `DLE ENQ ${n}`, bytes: Uint8Array.of(0x10, 0x05, n), expects: null };
}
