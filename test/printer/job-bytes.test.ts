import { describe, expect, test } from 'vitest';
import { PROFILES } from '../../src/escpos/capabilities';
import { concatCommands } from '../../src/escpos/commands';
import { VirtualPrinter } from '../../src/escpos/virtual-printer';
import { PrinterSession } from '../../src/printer/session';
import { testPageCommands } from '../../src/printer/test-page';
import { VirtualTransport } from '../../src/transport/virtual';
import { renderReceiptEscPos } from '../../src/receipt/render-escpos';
import { validateReceipt } from '../../src/receipt/validate';
import { fixtureJson } from '../_util/fixtures';

/** Opens a session on a virtual printer whose every received byte, and every write, is recorded. */
async function recorded() {
  const printer = new VirtualPrinter({ profile: PROFILES.virtual });
  const received: number[] = [];
  const device = {
    receive(bytes: Uint8Array) {
      received.push(...bytes);
      printer.receive(bytes);
    },
    onReply: (listener: (bytes: Uint8Array) => void) => printer.onReply(listener),
  };
  // An odd transfer size, so pieces and transfers never line up with command boundaries.
  const transport = new VirtualTransport(device, { chunkSize: 37 });
  const writes: Uint8Array[] = [];
  const write = transport.write.bind(transport);
  transport.write = (bytes, signal) => {
    writes.push(bytes.slice());
    return write(bytes, signal);
  };
  const session = await PrinterSession.open(transport, {
    timing: { replyTimeoutMs: 80, jobPollIntervalMs: 10, pieceBytes: 300 },
  });
  writes.length = 0;
  received.length = 0;
  return { session, writes, received };
}

// Status requests the session adds between pieces: DLE EOT n, GS r 1, GS ( H (Epson ESC/POS reference).
function isStatusRequest(bytes: Uint8Array): boolean {
  return (
    (bytes.length === 3 && bytes[0] === 0x10 && bytes[1] === 0x04) ||
    (bytes.length === 3 && bytes[0] === 0x1d && bytes[1] === 0x72) ||
    (bytes.length === 11 && bytes[0] === 0x1d && bytes[1] === 0x28 && bytes[2] === 0x48)
  );
}

describe('bytes reach the printer exactly as encoded', () => {
  const jobs = {
    'the test page': () =>
      testPageCommands({
        identity: { transport: 'virtual', name: 'Virtual printer' },
        profile: PROFILES.virtual,
        capabilities: null,
        at: Date.UTC(2026, 0, 2, 3, 4, 5),
      }),
    'the convenience-store receipt (zh fixture, rendered for the printer)': () =>
      renderReceiptEscPos(validateReceipt(fixtureJson('convenience-store-zh')), {
        profile: PROFILES.virtual,
        link: 'https://receipt-rescue.example/r#1ABC',
      }).commands,
    'the cafe receipt (en fixture)': () =>
      renderReceiptEscPos(validateReceipt(fixtureJson('cafe-en')), { profile: PROFILES.virtual }).commands,
  };
  for (const [name, make] of Object.entries(jobs)) {
    test(`${name}: the job's writes, minus status requests, are the encoder's bytes, and the device got every write once in order`, async () => {
      const { session, writes, received } = await recorded();
      const commands = make();
      const outcome = await session.print(commands, { kind: 'test-page' });
      await session.close();
      expect(outcome).toEqual({ kind: 'printed' });
      const jobWrites = writes.filter((w) => !isStatusRequest(w));
      expect(jobWrites.length).toBeGreaterThan(1);
      expect(concatCommands(jobWrites.map((bytes) => ({ name: 'piece', bytes })))).toEqual(
        concatCommands(commands),
      );
      expect(Uint8Array.from(received)).toEqual(
        concatCommands(writes.map((bytes) => ({ name: 'write', bytes }))),
      );
    });
  }
});
