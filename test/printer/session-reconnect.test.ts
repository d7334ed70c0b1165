import { describe, expect, test } from 'vitest';
import { PROFILES } from '../../src/escpos/capabilities';
import { VirtualPrinter } from '../../src/escpos/virtual-printer';
import { probePrinter } from '../../src/printer/probe';
import { PrinterSession } from '../../src/printer/session';
import { StatusChannel } from '../../src/printer/status-channel';
import { VirtualTransport } from '../../src/transport/virtual';

/** Capabilities as they were probed on an earlier visit. */
async function rememberedCapabilities() {
  const transport = new VirtualTransport(new VirtualPrinter({ profile: PROFILES.virtual }));
  await transport.open();
  const caps = await probePrinter(new StatusChannel(transport), 400);
  await transport.close();
  return caps;
}

describe('reconnecting with remembered capabilities', () => {
  test('ASB is switched on again, so a fault is pushed at once instead of waiting for the slow poll', async () => {
    const caps = await rememberedCapabilities();
    expect(caps.asb).toBe(true);
    // A printer that was power-cycled since: ASB off, as after every reset.
    const printer = new VirtualPrinter({ profile: PROFILES.virtual });
    const session = await PrinterSession.open(new VirtualTransport(printer), {
      capabilities: caps,
      // Polling far slower than the test's patience: only a pushed status can arrive in time.
      timing: { pollIntervalMs: 60_000, slowPollIntervalMs: 60_000 },
    });
    try {
      expect(session.capabilities?.asb).toBe(true);
      const seen = new Promise<readonly string[]>((resolve) => {
        session.on('status', () => {
          if (session.faults.length > 0) resolve(session.faults);
        });
      });
      printer.setFault('cover-open', true);
      await expect(seen).resolves.toContain('cover-open');
    } finally {
      await session.close();
    }
  });

  test('a remembered ASB printer that no longer pushes is watched by normal polling', async () => {
    const caps = await rememberedCapabilities();
    const printer = new VirtualPrinter({ profile: PROFILES.virtual, asbCapable: false });
    const session = await PrinterSession.open(new VirtualTransport(printer), {
      capabilities: caps,
      timing: { replyTimeoutMs: 50 },
    });
    try {
      expect(session.capabilities?.asb).toBe(false);
      expect(session.answering).toBe('yes');
    } finally {
      await session.close();
    }
  });
});
