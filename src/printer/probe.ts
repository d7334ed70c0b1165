/**
 * Probing what a printer answers: which DLE EOT queries, GS r (a fence), GS I (identity, Chinese font),
 * GS ( H (print completion) and ASB. Every question is bounded by a timeout; a silent printer is probed in
 * one timeout.
 */
import {
  ASB_ALL,
  disableAutoStatusBack,
  enableAutoStatusBack,
  realtimeStatus,
  requestCompletion,
  transmitPrinterId,
  transmitStatus,
  type RealtimeStatusKind,
  type StatusRequest,
} from '../escpos/status';
import { silentCapabilities, type PrinterCapabilities } from './capabilities';
import type { StatusChannel } from './status-channel';

/** Finds out what the printer behind `channel` supports; `timeoutMs` bounds each question. */
export async function probePrinter(
  channel: StatusChannel,
  timeoutMs: number,
  now: () => number = Date.now,
): Promise<PrinterCapabilities> {
  // A question left unanswered here means the printer ignores that command: nothing late is waited for.
  const ask = (request: StatusRequest) =>
    channel.ask(request, timeoutMs, undefined, { unansweredMeansUnsupported: true });
  const first = await ask(realtimeStatus(1));
  if (!first) return silentCapabilities(now());

  const others = [2, 3, 4] as const;
  const answers = await Promise.all(others.map((n) => ask(realtimeStatus(n))));
  const realtime: RealtimeStatusKind[] = [1, ...others.filter((_, i) => answers[i] !== null)];

  const fenceReply = await ask(transmitStatus(1));
  const type = await ask(transmitPrinterId(2));
  const maker = await ask(transmitPrinterId(66));
  const model = maker ? await ask(transmitPrinterId(67)) : null;
  const multibyteFont = type?.kind === 'printer-id' ? (type.value & 0x01) !== 0 : null;
  // GS I 69 names the multibyte font's language (GB18030 or Big5 firmware); only asked where the
  // information blocks answer and such a font is resident.
  const language = maker && multibyteFont ? await ask(transmitPrinterId(69)) : null;
  // GS ( H is only tried on printers that answer the GS I information blocks: a clone that does not parse
  // GS ( lengths could print the id bytes as text.
  const completion = maker ? await ask(requestCompletion('PRB1')) : null;

  return {
    realtime,
    asb: await probeAsb(channel, timeoutMs),
    fence: completion ? 'gs-h' : fenceReply ? 'gs-r' : 'none',
    // GS I 2 type ID bit 0 = multi-byte character code supported (Epson, "GS I", type ID table).
    multibyteFont,
    fontLanguage: language?.kind === 'printer-info' ? language.text : null,
    nativeQr: null,
    maker: maker?.kind === 'printer-info' ? maker.text : null,
    model: model?.kind === 'printer-info' ? model.text : null,
    probedAt: now(),
  };
}

/** Turns ASB on and waits for the first push (printers send one at once on enabling); off again if none. */
export async function probeAsb(channel: StatusChannel, timeoutMs: number): Promise<boolean> {
  let resolveSeen: (seen: boolean) => void = () => undefined;
  const seen = new Promise<boolean>((resolve) => (resolveSeen = resolve));
  const stop = channel.onEvent((event) => {
    if (event.kind === 'asb') resolveSeen(true);
  });
  const timer = setTimeout(() => resolveSeen(false), timeoutMs * 2);
  try {
    await channel.ask(enableAutoStatusBack(ASB_ALL), timeoutMs);
    const answered = await seen;
    if (!answered) await channel.ask(disableAutoStatusBack(), timeoutMs);
    return answered;
  } finally {
    clearTimeout(timer);
    stop();
  }
}
