/**
 * Running one print job to a confirmed end: refuse on a blocking fault, send in pieces with a status check
 * between them, then a fence (GS ( H or GS r) and a final status. Every path ends in a JobOutcome within a
 * bounded time; a fault is reported to the sink (awaited) before the job is declared failed.
 */
import { requestCompletion, transmitStatus, type StatusEvent } from '../escpos/status';
import type { PrinterStatus } from '../escpos/status-model';
import { isPrinterError } from '../transport/types';
import { faultsOf, isBlocking, type Activity, type FaultKind } from './faults';
import type { JobOutcome } from './job-outcome';
import { jobPieces, jobSize, type PrintJob } from './job-chunks';
import type { Observed, PrinterSession } from './session';
import { readStatus } from './status-read';

let fenceCounter = 0;

/** Runs `job` on `session`; the session makes sure only one runs at a time. */
export async function runJob(
  session: PrinterSession,
  job: PrintJob,
  activity: Activity,
): Promise<JobOutcome> {
  const run = new JobRun(session, activity);
  return run.run(job);
}

class JobRun {
  /** False once the printer stopped answering: the job can then end no better than `sent-unconfirmed`. */
  private confirmable: boolean;
  private overheatedSince: number | null = null;

  constructor(
    private readonly session: PrinterSession,
    private readonly activity: Activity,
  ) {
    this.confirmable = session.answering === 'yes';
  }

  async run(job: PrintJob): Promise<JobOutcome> {
    try {
      return await this.send(job);
    } catch (error) {
      // A status query's write failing (unplugged mid-check) ends the job like a failed data write.
      return this.writeFailed(error);
    }
  }

  private async send(job: PrintJob): Promise<JobOutcome> {
    const timing = this.session.timing;
    if (this.confirmable) {
      const verdict = await this.check(await this.session.read(), 'refuse');
      if (verdict) return verdict;
    }
    const pieces = jobPieces(job, timing.pieceBytes);
    for (const [index, piece] of pieces.entries()) {
      try {
        await this.session.transport.write(piece);
      } catch (error) {
        return this.writeFailed(error);
      }
      if (this.confirmable && index < pieces.length - 1 && !(await this.stillOnline())) {
        const verdict = await this.check(await this.session.read(), 'fail');
        if (verdict) return verdict;
      }
    }
    // Said before the fence is asked: the fence can take as long as the paper takes to print, and a page
    // closed meanwhile must know the bytes had all gone out (the receipt is most likely on paper).
    this.session.jobSent(job, this.activity);
    return this.confirm(jobSize(job));
  }

  /**
   * The cheap check between pieces: DLE EOT 1 alone. Every blocking fault takes the printer offline
   * (Epson, "DLE EOT": offline while the cover is open, at paper end or on an error), so only when it says
   * offline (or nothing) is the full status read to learn the cause.
   */
  private async stillOnline(): Promise<boolean> {
    const { session } = this;
    const quick = await readStatus(session.channel, session.timing.replyTimeoutMs, [1], session.now);
    return quick.kind === 'status' && quick.status.online;
  }

  /** Waits for the fence while watching for faults; then a final status decides. */
  private async confirm(size: number): Promise<JobOutcome> {
    const { session } = this;
    const timing = session.timing;
    const fenceKind = session.capabilities?.fence ?? 'none';
    if (!this.confirmable) return { kind: 'sent-unconfirmed' };
    let answer: StatusEvent | null | undefined;
    let fence: Promise<StatusEvent | null> | null = null;
    if (fenceKind !== 'none') {
      const request =
        fenceKind === 'gs-h'
          ? requestCompletion(`J${(fenceCounter++ % 1000).toString().padStart(3, '0')}`)
          : transmitStatus(1);
      const wait = timing.fenceTimeoutMs + size * timing.fenceMsPerByte;
      let failure: unknown;
      fence = session.channel.ask(request, wait).then(
        (event) => (answer = event),
        (error: unknown) => {
          failure = error;
          return null;
        },
      );
      await Promise.race([fence, sleep(0)]);
      // The fence could not even be sent (unplugged right after the last byte): that ends the job.
      if (failure !== undefined) return this.writeFailed(failure);
    }
    for (;;) {
      await Promise.race([fence ?? never, sleep(timing.jobPollIntervalMs)]);
      if (answer !== undefined) break;
      const verdict = await this.check(await session.read(), 'fail');
      if (verdict) return verdict;
      if (!fence) break;
    }
    if (!answer) {
      // No fence on this printer, or it never came: the printer answers, reports no fault, but did not
      // confirm it processed the job.
      return { kind: 'sent-unconfirmed' };
    }
    const final = await this.check(await session.read(), 'fail');
    return final ?? (this.confirmable ? { kind: 'printed' } : { kind: 'sent-unconfirmed' });
  }

  /**
   * Looks at a read: a blocking fault ends the job (after the sink has it); silence makes the job
   * unconfirmable. `refuse` (before any byte was sent) and `fail` differ only in the detail text.
   */
  private async check({ read, reported }: Observed, stage: 'refuse' | 'fail'): Promise<JobOutcome | null> {
    if (read.kind !== 'status') {
      this.confirmable = false;
      return null;
    }
    const blocking = blockingFaults(read.status);
    if (blocking.length === 0) {
      this.overheatedSince = null;
      return null;
    }
    if (stage === 'fail' && blocking.length === 1 && blocking[0] === 'overheated') {
      // The head cools down and the printer resumes by itself: wait, bounded.
      this.overheatedSince ??= this.session.now();
      if (this.session.now() - this.overheatedSince < this.session.timing.overheatWaitMs) return null;
    }
    const cause = blocking[0]!;
    // Reading the status already logged a fault that just appeared; log only faults that were there before.
    if (!reported.includes(cause)) await this.session.report(cause, this.activity, read.status);
    const detail = stage === 'refuse' ? 'Not started: the printer reported a fault.' : 'Stopped by a fault.';
    return { kind: 'failed', cause, detail };
  }

  private async writeFailed(error: unknown): Promise<JobOutcome> {
    const code = isPrinterError(error) ? error.code : 'disconnected';
    const detail = error instanceof Error ? error.message : String(error);
    if (code === 'timeout' && this.confirmable) {
      // A printer that stops taking data usually says why (cover open, paper out): prefer that cause.
      const verdict = await this.session
        .read()
        .then((observed) => this.check(observed, 'fail'))
        .catch(() => null);
      if (verdict) return verdict;
    }
    await this.session.report(code, this.activity, null, detail);
    return { kind: 'failed', cause: code, detail };
  }
}

function blockingFaults(status: PrinterStatus): FaultKind[] {
  return faultsOf(status).filter(isBlocking);
}

const never = new Promise<never>(() => undefined);

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
