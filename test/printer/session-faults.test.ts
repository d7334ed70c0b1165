import { afterEach, describe, expect, test } from 'vitest';
import { PROFILES } from '../../src/escpos/capabilities';
import { EscPosJob } from '../../src/escpos/job';
import { VirtualPrinter, type VirtualFault } from '../../src/escpos/virtual-printer';
import type { FaultObservation } from '../../src/printer/faults';
import type { JobOutcome } from '../../src/printer/job-outcome';
import { PrinterSession } from '../../src/printer/session';
import type { SessionTiming } from '../../src/printer/session-types';
import { VirtualTransport } from '../../src/transport/virtual';
import { triggerDevice } from '../_util/trigger-device';

// Short waits keep the suite fast; outcomes are asserted, never how long they took.
const FAST: SessionTiming = {
  replyTimeoutMs: 150,
  pollIntervalMs: 60,
  slowPollIntervalMs: 200,
  jobPollIntervalMs: 15,
  fenceTimeoutMs: 250,
  fenceMsPerByte: 0,
  overheatWaitMs: 80,
  pieceBytes: 200,
};

function receiptJob() {
  const job = new EscPosJob({ profile: PROFILES.virtual }).initialize();
  for (let i = 1; i <= 30; i++) job.line(`Item ${i}  宫保鸡丁  ￥${i}.00`);
  return job.cut().commands();
}

interface Rig {
  printer: VirtualPrinter;
  transport: VirtualTransport;
  session: PrinterSession;
  faults: FaultObservation[];
  /** Runs `action` once, when the printer has received at least `bytes` bytes of this job. */
  when(bytes: number, action: () => void): void;
}

const open: PrinterSession[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function rig(): Promise<Rig> {
  const printer = new VirtualPrinter({ profile: PROFILES.virtual });
  const { device, when } = triggerDevice(printer);
  const transport = new VirtualTransport(device, { chunkSize: 64 });
  const faults: FaultObservation[] = [];
  const session = await PrinterSession.open(transport, {
    timing: FAST,
    onFault: async (obs) => {
      faults.push(obs);
    },
  });
  open.push(session);
  return {
    printer,
    transport,
    session,
    faults,
    when,
  };
}

type Fault = VirtualFault | 'unplugged' | 'silent' | 'garbled' | 'slow';

function inject(r: Rig, fault: Fault): void {
  switch (fault) {
    case 'unplugged':
      return r.transport.unplug();
    case 'silent':
      return r.printer.setReplyMode({ kind: 'silent' });
    case 'garbled':
      return r.printer.setReplyMode({ kind: 'garbled' });
    case 'slow':
      return r.printer.setReplyMode({ kind: 'slow', delayMs: 10 });
    default:
      return r.printer.setFault(fault, true);
  }
}

const EXPECTED: Record<Fault, JobOutcome['kind'] | `failed: ${string}`> = {
  'paper-out': 'failed: paper-out',
  'cover-open': 'failed: cover-open',
  'cutter-jam': 'failed: cutter-jam',
  overheated: 'failed: overheated',
  offline: 'failed: offline',
  'unrecoverable-error': 'failed: unrecoverable-error',
  'paper-near-end': 'printed',
  unplugged: 'failed: disconnected',
  silent: 'sent-unconfirmed',
  garbled: 'sent-unconfirmed',
  slow: 'printed',
};

const FAULTS: Fault[] = [
  'paper-near-end',
  'unrecoverable-error',
  'paper-out',
  'cover-open',
  'cutter-jam',
  'overheated',
  'offline',
  'unplugged',
  'silent',
  'garbled',
  'slow',
];

function describeOutcome(outcome: JobOutcome): string {
  return outcome.kind === 'failed' ? `failed: ${outcome.cause}` : outcome.kind;
}

const jobBytes = receiptJob().reduce((n, c) => n + c.bytes.length, 0);
const MOMENTS = {
  'before the job': -1,
  'in the middle': Math.floor(jobBytes / 2),
  'at the end': jobBytes,
} as const;

describe('a job ends printed, failed with the right cause, or sent-unconfirmed', () => {
  test('a healthy printer confirms the job as printed and nothing is logged', async () => {
    const r = await rig();
    const outcome = await r.session.print(receiptJob(), { kind: 'test-page' });
    expect(outcome).toEqual({ kind: 'printed' });
    expect(r.faults).toEqual([]);
    expect(r.printer.paper.items.some((item) => item.kind === 'cut')).toBe(true);
  });

  for (const [moment, at] of Object.entries(MOMENTS)) {
    for (const fault of FAULTS) {
      test(`${fault} ${moment} → ${EXPECTED[fault]}`, async () => {
        const r = await rig();
        if (at < 0) inject(r, fault);
        else r.when(at, () => inject(r, fault));
        const outcome = await r.session.print(receiptJob(), { kind: 'printing-receipt', receiptId: 'R-1' });
        expect(describeOutcome(outcome)).toBe(EXPECTED[fault]);
        if (outcome.kind === 'failed') {
          // The cause reached the fault sink, with the activity, before the job was declared failed.
          const logged = r.faults.filter((f) => f.kind === outcome.cause);
          expect(logged.length).toBeGreaterThan(0);
          expect(logged.at(-1)!.printer?.transport).toBe('virtual');
        }
        if (fault === 'paper-out' || fault === 'cover-open') {
          expect(r.faults.find((f) => f.kind === fault)?.status?.raw.length).toBeGreaterThan(0);
        }
      });
    }
  }

  test('paper running out after 10 printed lines stops the job as failed: paper-out', async () => {
    const r = await rig();
    r.printer.runOutOfPaperAfter(10);
    const outcome = await r.session.print(receiptJob(), { kind: 'printing-receipt', receiptId: 'R-2' });
    expect(describeOutcome(outcome)).toBe('failed: paper-out');
    expect(r.faults.map((f) => f.activity)).toContainEqual({ kind: 'printing-receipt', receiptId: 'R-2' });
  });

  test('a printer that never answers is usable: its jobs end sent-unconfirmed', async () => {
    const printer = new VirtualPrinter({ profile: PROFILES.virtual });
    printer.setReplyMode({ kind: 'silent' });
    const session = await PrinterSession.open(new VirtualTransport(printer), { timing: FAST });
    open.push(session);
    expect(session.capabilities?.realtime).toEqual([]);
    expect(session.answering).toBe('no');
    const outcome = await session.print(receiptJob(), { kind: 'test-page' });
    expect(outcome).toEqual({ kind: 'sent-unconfirmed' });
    expect(printer.paper.items.some((item) => item.kind === 'cut')).toBe(true);
  });

  test('a printer that stops answering is logged once as no-answer, with no status or raw bytes attached', async () => {
    const r = await rig();
    r.printer.setReplyMode({ kind: 'silent' });
    await r.session.refresh();
    await r.session.refresh();
    const silent = r.faults.filter((f) => f.kind === 'no-answer');
    expect(silent).toHaveLength(1);
    expect(silent[0]).toMatchObject({ status: null, raw: [], activity: { kind: 'idle' } });
    expect(r.session.answering).toBe('no');
  });

  test('jobs queue: two jobs sent at once both print, the second after the first', async () => {
    const r = await rig();
    const first = r.session.print(receiptJob(), { kind: 'printing-receipt', receiptId: 'A' });
    const second = r.session.print(receiptJob(), { kind: 'printing-receipt', receiptId: 'B' });
    expect(await Promise.all([first, second])).toEqual([{ kind: 'printed' }, { kind: 'printed' }]);
    expect(r.printer.paper.items.filter((item) => item.kind === 'cut')).toHaveLength(2);
  });

  test('the fault sink is awaited before the job is declared failed', async () => {
    const printer = new VirtualPrinter({ profile: PROFILES.virtual });
    const order: string[] = [];
    const session = await PrinterSession.open(new VirtualTransport(printer), {
      timing: FAST,
      onFault: async (obs) => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        order.push(`logged ${obs.kind} (${obs.activity.kind})`);
      },
    });
    open.push(session);
    printer.setFault('cover-open', true);
    const outcome = await session.print(receiptJob(), { kind: 'test-page' });
    order.push(`outcome ${describeOutcome(outcome)}`);
    expect(order.at(-2)).toBe('logged cover-open (test-page)');
    expect(order.at(-1)).toBe('outcome failed: cover-open');
  });
});
