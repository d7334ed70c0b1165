/** Print jobs: started before the first byte is sent, finished with the outcome the printer confirmed. */
import type { Activity } from '../printer/faults';
import type { JobOutcome } from '../printer/job-outcome';
import type { PrinterIdentity } from '../transport/types';
import { database, write } from './db';
import { StoreError } from './errors';
import { printerKeyOf } from './fault-entry';
import type { JobRecord } from './schema';

/** A job as read back: always has its id. */
export type JobEntry = JobRecord & { id: number };
export type { JobProgress } from './schema';

/** Records a job in state `sending`; resolves with its id once on disk. */
export function startJob(
  activity: Activity,
  printer: PrinterIdentity | null,
  at = Date.now(),
): Promise<number> {
  const record: JobRecord = {
    receiptId: activity.kind === 'printing-receipt' ? activity.receiptId : null,
    activity: { ...activity },
    printerKey: printerKeyOf(printer),
    startedAt: at,
    updatedAt: at,
    state: 'sending',
  };
  return write(['jobs'], (tx) => tx.store.add(record));
}

/** Ends a job with its outcome; a job already done keeps its first outcome. */
export function finishJob(id: number, outcome: JobOutcome, at = Date.now()): Promise<JobEntry> {
  return update(id, at, (job) => (job.state === 'done' ? job : { ...job, state: 'done', outcome }));
}

function update(id: number, at: number, change: (job: JobEntry) => JobEntry): Promise<JobEntry> {
  return write(['jobs'], async (tx) => {
    const job = await tx.store.get(id);
    if (!job || job.id === undefined) throw new StoreError('not-found', { store: 'jobs', id });
    const before = { ...job, id: job.id };
    const after = change(before);
    if (after === before) return before;
    const next = { ...after, updatedAt: at };
    await tx.store.put(next);
    return next;
  });
}

/** Jobs that never reached an outcome (the page closed mid-job), oldest first. */
export async function unfinishedJobs(): Promise<JobEntry[]> {
  const db = await database();
  const sending = await db.getAllFromIndex(
    'jobs',
    'by-state',
    IDBKeyRange.bound(['sending', -Infinity], ['sending', Infinity]),
  );
  return sending.map((job) => job as JobEntry).sort((a, b) => a.startedAt - b.startedAt);
}

/** Every job of one journaled receipt, oldest first. */
export async function jobsOfReceipt(receiptId: string): Promise<JobEntry[]> {
  const jobs = await (await database()).getAllFromIndex('jobs', 'by-receipt', receiptId);
  return jobs.map((job) => job as JobEntry).sort((a, b) => a.startedAt - b.startedAt);
}
