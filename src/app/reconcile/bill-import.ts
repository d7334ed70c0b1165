/**
 * One bill file into the store: read it (the tablet's time zone, the merchant's column mappings), save it, and
 * say what happened in a shape the screen can word: imported, a layout to map, or why it was refused.
 */
import { LedgerError, type LedgerErrorCode } from '../../ledger/errors';
import type { ColumnMapping } from '../../ledger/mapped-bill';
import { readBill, type UnknownLayout } from '../../ledger/read-bill';
import { saveBill, type StoredBill } from '../../store/ledger';

/** A file as the screen received it (input, drop or share). */
export interface BillFile {
  name: string;
  bytes: Uint8Array;
}

export type ImportOutcome =
  | { kind: 'imported'; stored: StoredBill }
  | { kind: 'unknown'; file: BillFile; unknown: UnknownLayout }
  | { kind: 'failed'; fileName: string; code: ImportProblem; line?: number };

/** Why a file was not imported: the reader's code, the file could not be read, or the store refused it. */
export type ImportProblem = LedgerErrorCode | 'unreadable' | 'not-saved';

/** Reads and saves one file; a bad file is an outcome saying why (only the store's failures throw). */
export async function importBill(
  file: BillFile,
  mappings: readonly ColumnMapping[],
  timeZone: string,
): Promise<ImportOutcome> {
  let result;
  try {
    result = readBill(file.bytes, { timeZone, mappings });
  } catch (error) {
    if (!(error instanceof LedgerError)) throw error;
    return {
      kind: 'failed',
      fileName: file.name,
      code: error.code,
      ...(error.line === undefined ? {} : { line: error.line }),
    };
  }
  if (!result.ok) return { kind: 'unknown', file, unknown: result.unknown };
  return { kind: 'imported', stored: await saveBill(result.bill, file.name) };
}

/** The bytes of a picked or dropped file. */
export async function billFileOf(file: File): Promise<BillFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
