/**
 * Finding a serial printer's baud rate: reopen the port at each common rate and ask DLE EOT 1 until a
 * well-formed status byte comes back. Lives here, not in the transport, because asking needs ESC/POS.
 */
import { realtimeStatus } from '../escpos/status';
import { PROBE_BAUD_RATES, type BaudRate } from '../transport/serial-settings';
import type { WebSerialTransport } from '../transport/webserial';
import { StatusChannel } from './status-channel';

/** The first rate at which the printer answers, with the port left open at it; null if none answered. */
export async function probeBaudRate(
  transport: Pick<WebSerialTransport, 'reopen' | 'write' | 'onData' | 'lineSettings'>,
  timeoutMs = 400,
  rates: readonly BaudRate[] = PROBE_BAUD_RATES,
): Promise<BaudRate | null> {
  const original = transport.lineSettings.baudRate;
  for (const baudRate of rates) {
    await transport.reopen({ baudRate });
    const channel = new StatusChannel(transport);
    try {
      const reply = await channel.ask(realtimeStatus(1), timeoutMs);
      if (reply?.kind === 'realtime') return baudRate;
    } finally {
      channel.close();
    }
  }
  await transport.reopen({ baudRate: original });
  return null;
}
