import { describe, expect, test } from 'vitest';
import { PROFILES } from '../../src/escpos/capabilities';
import { realtimeStatus } from '../../src/escpos/status';
import { VirtualPrinter } from '../../src/escpos/virtual-printer';
import { flattenCapabilities, unflattenCapabilities } from '../../src/printer/capabilities';
import { probePrinter } from '../../src/printer/probe';
import { PrinterSession } from '../../src/printer/session';
import { EscPosJob } from '../../src/escpos/job';
import { StatusChannel } from '../../src/printer/status-channel';
import { VirtualTransport } from '../../src/transport/virtual';

async function channelTo(printer: VirtualPrinter) {
  const transport = new VirtualTransport(printer);
  await transport.open();
  return new StatusChannel(transport);
}

describe('probing what a printer answers', () => {
  test('a full-featured printer: all four DLE EOT, ASB, GS ( H fence, Chinese font, maker and model', async () => {
    const caps = await probePrinter(await channelTo(new VirtualPrinter({ profile: PROFILES.virtual })), 400);
    expect(caps).toMatchObject({
      realtime: [1, 2, 3, 4],
      asb: true,
      fence: 'gs-h',
      multibyteFont: true,
      nativeQr: null,
      maker: 'RECEIPT RESCUE',
    });
  });

  test('a clone answering only DLE EOT: no ASB, no fence, font unknown', async () => {
    const printer = new VirtualPrinter({ profile: PROFILES['generic-58'], completionCapable: false });
    const caps = await probePrinter(await channelTo(printer), 400);
    expect(caps).toMatchObject({
      realtime: [1, 2, 3, 4],
      asb: false,
      fence: 'none',
      multibyteFont: null,
      maker: null,
    });
  });

  test('GS r answering without GS I makes GS r the fence', async () => {
    const printer = new VirtualPrinter({ profile: PROFILES['xprinter-80'] });
    const caps = await probePrinter(await channelTo(printer), 400);
    expect(caps.fence).toBe('gs-r');
    expect(caps.asb).toBe(false);
  });

  test('a printer ignoring GS I: its first job right after the probe is confirmed by the GS r fence', async () => {
    // The probe's unanswered GS I questions used to linger: the fence's one-byte GS r reply was taken for
    // the ignored GS I 2, and the job waited out the fence timeout to end "sent, unconfirmed".
    const printer = new VirtualPrinter({ profile: PROFILES['xprinter-80'] });
    const transport = new VirtualTransport(printer);
    const session = await PrinterSession.open(transport, {});
    expect(session.capabilities?.fence).toBe('gs-r');
    const replies: string[] = [];
    session.channel.onEvent((event) => replies.push(event.kind));
    const job = new EscPosJob({ profile: PROFILES['xprinter-80'] }).line('hello').commands();
    await expect(session.print(job, { kind: 'test-page' })).resolves.toEqual({ kind: 'printed' });
    expect(replies).toContain('transmit-status');
    expect(replies).not.toContain('printer-id');
    await session.close();
  });

  test('a silent printer is probed as answering nothing', async () => {
    const printer = new VirtualPrinter();
    printer.setReplyMode({ kind: 'silent' });
    const caps = await probePrinter(await channelTo(printer), 50);
    expect(caps.realtime).toEqual([]);
    expect(caps.fence).toBe('none');
  });

  test('capabilities survive the flat form the printer store keeps', async () => {
    const caps = await probePrinter(await channelTo(new VirtualPrinter({ profile: PROFILES.virtual })), 400);
    expect(unflattenCapabilities(JSON.parse(JSON.stringify(flattenCapabilities(caps))))).toEqual(caps);
  });
});

describe('status channel', () => {
  test('a reply arriving after its question timed out is not taken as the answer to the next question', async () => {
    const printer = new VirtualPrinter();
    const channel = await channelTo(printer);
    printer.setReplyMode({ kind: 'slow', delayMs: 60 });
    await expect(channel.ask(realtimeStatus(2), 20)).resolves.toBeNull();
    printer.setFault('cover-open', true);
    // Replies stay in order: the late (healthy) answer to the first question arrives first, then this one's.
    const answer = await channel.ask(realtimeStatus(2), 200);
    expect(answer).toMatchObject({ kind: 'realtime', n: 2 });
    expect(answer?.kind === 'realtime' && (answer.byte & 0x04) !== 0).toBe(true);
  });

  test('an aborted question resolves with no answer without waiting for its timeout', async () => {
    const printer = new VirtualPrinter();
    printer.setReplyMode({ kind: 'silent' });
    const channel = await channelTo(printer);
    const controller = new AbortController();
    const asked = channel.ask(realtimeStatus(1), 60_000, controller.signal);
    controller.abort();
    await expect(asked).resolves.toBeNull();
  });
});
