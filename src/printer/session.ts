/**
 * A printer session: open a transport, probe the printer, watch its status (ASB where it pushes, DLE EOT
 * polling otherwise, paused while a job is written), and run print jobs one at a time to a confirmed end.
 * Every fault goes through the injected, awaited fault sink before the session acts on it.
 */
import type { PrinterStatus } from '../escpos/status-model';
import { applyStatusEvent } from '../escpos/status';
import { HEALTHY_STATUS } from '../escpos/status-model';
import { PrinterError, type PrinterTransport } from '../transport/types';
import { answersStatus, type PrinterCapabilities } from './capabilities';
import { faultsOf, type Activity, type FaultKind, type StatusFaultKind } from './faults';
import type { JobOutcome } from './job-outcome';
import { runJob } from './job-run';
import type { PrintJob } from './job-chunks';
import { probeAsb, probePrinter } from './probe';
import { StatusChannel } from './status-channel';
import { readStatus, type StatusRead } from './status-read';
import {
  DEFAULT_TIMING,
  type Answering,
  type FaultSink,
  type SessionEventMap,
  type SessionTiming,
} from './session-types';

/** How a session is set up: the fault sink, remembered capabilities, shortened waits for tests. */
export interface SessionOptions {
  /** Awaited with every fault before the session acts on it. */
  onFault?: FaultSink;
  /** Remembered capabilities of this printer; when given, the printer is not probed again. */
  capabilities?: PrinterCapabilities | null;
  timing?: Partial<SessionTiming>;
  now?: () => number;
}

/** A status read and the faults it newly reported to the sink. */
export interface Observed {
  read: StatusRead;
  reported: readonly FaultKind[];
}

type Listener<K extends keyof SessionEventMap> = (event: SessionEventMap[K]) => void;

/** One open printer. Create with `PrinterSession.open`. */
export class PrinterSession {
  readonly timing: SessionTiming;
  readonly channel: StatusChannel;
  status: PrinterStatus | null = null;
  faults: readonly StatusFaultKind[] = [];
  answering: Answering = 'unknown';
  lastHeardAt: number | null = null;
  printing = false;
  closed = false;
  capabilities: PrinterCapabilities | null;
  private activity: Activity = { kind: 'idle' };
  private readonly listeners = new Map<keyof SessionEventMap, Set<(event: never) => void>>();
  private readonly sink: FaultSink;
  readonly now: () => number;
  private jobs: Promise<unknown> = Promise.resolve();
  private polling: Promise<unknown> = Promise.resolve();
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly cleanups: (() => void)[] = [];

  private constructor(
    readonly transport: PrinterTransport,
    options: SessionOptions,
  ) {
    this.timing = { ...DEFAULT_TIMING, ...options.timing };
    this.sink = options.onFault ?? (() => Promise.resolve());
    this.now = options.now ?? Date.now;
    this.capabilities = options.capabilities ?? null;
    this.channel = new StatusChannel(transport, this.now);
  }

  /** Opens `transport`, probes the printer (unless capabilities are given) and starts watching it. */
  static async open(transport: PrinterTransport, options: SessionOptions = {}): Promise<PrinterSession> {
    await transport.open();
    const session = new PrinterSession(transport, options);
    session.cleanups.push(
      transport.on(
        'disconnected',
        () => void session.lose(new PrinterError('disconnected', 'The printer went away.')),
      ),
      session.channel.onEvent((event) => {
        if (event.kind === 'asb')
          void session.observe({ kind: 'status', status: applyStatusEvent(HEALTHY_STATUS, event) });
      }),
    );
    try {
      session.activity = { kind: 'connecting' };
      const capabilities = await session.learnCapabilities();
      session.capabilities = capabilities;
      session.setAnswering(answersStatus(capabilities) ? 'yes' : 'no');
      session.activity = { kind: 'idle' };
      await session.refresh();
    } catch (error) {
      // The printer vanished while being probed: release the device so the next attempt can claim it.
      await session.close();
      throw error;
    }
    session.schedulePoll();
    return session;
  }

  /** Probes a new printer; for a remembered one, only switches ASB back on where it had it. */
  private async learnCapabilities(): Promise<PrinterCapabilities> {
    const remembered = this.capabilities;
    if (remembered === null) return probePrinter(this.channel, this.timing.replyTimeoutMs, this.now);
    if (!remembered.asb) return remembered;
    // GS a lives in the printer's RAM: after a power cycle or reset it is off again, and we would wait for
    // pushes that never come while polling at the slow, ASB pace. Switch it on anew.
    return { ...remembered, asb: await probeAsb(this.channel, this.timing.replyTimeoutMs) };
  }

  /** Adds a listener for one session event; returns its removal. */
  on<K extends keyof SessionEventMap>(type: K, listener: Listener<K>): () => void {
    const set = this.listeners.get(type) ?? new Set();
    set.add(listener as (event: never) => void);
    this.listeners.set(type, set);
    return () => set.delete(listener as (event: never) => void);
  }

  /** Asks for the status now and publishes what it finds. */
  refresh(): Promise<StatusRead> {
    const read = this.poll();
    this.polling = read;
    return read;
  }

  /** Runs `job` after any queued jobs; resolves with how it ended, always within a bounded time. */
  print(job: PrintJob, activity: Activity): Promise<JobOutcome> {
    const run = this.jobs.then(() => this.runOne(job, activity));
    this.jobs = run;
    return run;
  }

  /** Stops watching and closes the transport. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.pollTimer);
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.channel.close();
    await this.transport.close();
  }

  /** Sends the observation to the sink and waits for it; a failing sink is reported, never fatal. */
  async report(
    kind: FaultKind,
    activity: Activity,
    status: PrinterStatus | null,
    detail?: string,
  ): Promise<void> {
    const observation = {
      kind,
      at: this.now(),
      printer: this.transport.identity,
      status,
      raw: status?.raw ?? [],
      activity,
      detail,
    };
    try {
      await this.sink(observation);
    } catch (error) {
      this.emit('sink-error', { error, observation });
    }
  }

  /** Tells listeners that every byte of `job` was accepted (the job runner calls it before the fence). */
  jobSent(job: PrintJob, activity: Activity): void {
    this.emit('sent', { job, activity });
  }

  /** Publishes a read: new faults go to the sink first, then the status to listeners. Returns new faults. */
  async observe(read: StatusRead): Promise<readonly FaultKind[]> {
    if (read.kind !== 'status') {
      if (this.answering === 'yes') {
        this.setAnswering('no');
        const kind = read.kind === 'garbled' ? 'garbled' : 'no-answer';
        // A connection fault has no status reply behind it: no status and no raw bytes are attached.
        await this.report(kind, this.activity, null);
        return [kind];
      }
      this.setAnswering('no');
      return [];
    }
    const faults = faultsOf(read.status);
    const fresh = faults.filter((kind) => !this.faults.includes(kind));
    this.lastHeardAt = this.now();
    this.setAnswering('yes');
    // Remember the faults before awaiting the sink, so a read racing this one does not report them again.
    this.faults = faults;
    for (const kind of fresh) await this.report(kind, this.activity, read.status);
    this.status = read.status;
    this.emit('status', { status: read.status, faults, at: this.lastHeardAt });
    return fresh;
  }

  /** Reads the status once and publishes it. */
  async read(): Promise<Observed> {
    const read = await readStatus(
      this.channel,
      this.timing.replyTimeoutMs,
      this.capabilities?.realtime,
      this.now,
    );
    const reported = this.closed ? [] : await this.observe(read);
    return { read, reported };
  }

  private async runOne(job: PrintJob, activity: Activity): Promise<JobOutcome> {
    if (this.closed)
      return { kind: 'failed', cause: 'disconnected', detail: 'The printer is not connected.' };
    this.setPrinting(true, activity);
    try {
      await this.polling;
      return await runJob(this, job, activity);
    } finally {
      this.setPrinting(false, { kind: 'idle' });
      this.schedulePoll();
    }
  }

  private async poll(): Promise<StatusRead> {
    return (await this.read()).read;
  }

  private schedulePoll(): void {
    clearTimeout(this.pollTimer);
    if (this.closed) return;
    const quiet = this.capabilities?.asb || this.answering === 'no';
    const delay = quiet ? this.timing.slowPollIntervalMs : this.timing.pollIntervalMs;
    this.pollTimer = setTimeout(() => {
      if (this.printing || this.closed) return;
      this.polling = this.poll().catch((error: unknown) => this.failed(error));
      void this.polling.then(() => this.schedulePoll());
    }, delay);
  }

  private async failed(error: unknown): Promise<void> {
    if (error instanceof PrinterError && error.code === 'disconnected') return this.lose(error);
    await this.report(
      error instanceof PrinterError ? error.code : 'no-answer',
      this.activity,
      null,
      String(error),
    );
  }

  private async lose(error: PrinterError): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.pollTimer);
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    await this.report('disconnected', this.activity, null, error.message);
    this.channel.close();
    this.emit('lost', { error });
  }

  private setAnswering(answering: Answering): void {
    if (answering === this.answering) return;
    this.answering = answering;
    this.emit('answering', { answering });
  }

  private setPrinting(printing: boolean, activity: Activity): void {
    this.printing = printing;
    this.activity = activity;
    this.emit('printing', { printing });
  }

  private emit<K extends keyof SessionEventMap>(type: K, event: SessionEventMap[K]): void {
    for (const listener of [...(this.listeners.get(type) ?? [])]) (listener as Listener<K>)(event);
  }
}
