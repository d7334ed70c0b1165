/**
 * Splitting a print job into pieces between which the session may ask for status. Real-time queries must
 * never land inside another command's parameters or raster data (Epson, "DLE EOT": not to be used within
 * the data of other commands), so a job given as commands is split only between commands.
 */
import type { Command } from '../escpos/commands';

/** A job: the encoder's commands (split between them) or raw bytes (sent whole, checked only at the end). */
export type PrintJob = Uint8Array | readonly Command[];

/** The job's bytes cut into pieces of about `target` bytes, each ending on a command boundary. */
export function jobPieces(job: PrintJob, target: number): Uint8Array[] {
  if (job instanceof Uint8Array) return job.length > 0 ? [job] : [];
  const pieces: Uint8Array[] = [];
  let batch: Uint8Array[] = [];
  let size = 0;
  const flush = () => {
    if (size === 0) return;
    const out = new Uint8Array(size);
    let at = 0;
    for (const part of batch) {
      out.set(part, at);
      at += part.length;
    }
    pieces.push(out);
    batch = [];
    size = 0;
  };
  for (const command of job) {
    if (size > 0 && size + command.bytes.length > target) flush();
    batch.push(command.bytes);
    size += command.bytes.length;
  }
  flush();
  return pieces;
}

/** Total bytes of a job. */
export function jobSize(job: PrintJob): number {
  return job instanceof Uint8Array ? job.length : job.reduce((sum, c) => sum + c.bytes.length, 0);
}
