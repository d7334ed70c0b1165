/**
 * The screen's bills: the imported ones (from the store), the merchant's column mappings (a setting), what the
 * last import said, and the files waiting for a mapping. Each file is read and saved on its own, so a bad one
 * loses nothing already imported.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ColumnMapping } from '../../ledger/mapped-bill';
import { localTimeZone } from '../../ledger/zoned-time';
import { deleteBill, listBills, type StoredBill } from '../../store/ledger';
import { getSetting, setSetting } from '../../store/settings';
import { billFileOf, importBill, type BillFile, type ImportOutcome } from './bill-import';

/** What an import said about one file. */
export type ImportNote = Exclude<ImportOutcome, { kind: 'unknown' }>;
/** A file in no known layout, waiting for the merchant's mapping. */
export type PendingFile = Extract<ImportOutcome, { kind: 'unknown' }>;

export interface Bills {
  /** Undefined until the store has answered. */
  bills: StoredBill[] | undefined;
  mappings: ColumnMapping[];
  notes: ImportNote[];
  pending: PendingFile[];
  /** Reads, saves and lists each file on its own: one that fails is named, the others still import. */
  importFiles(files: readonly (File | BillFile)[]): Promise<void>;
  remove(id: string): Promise<void>;
  /** Keeps the mapping for its layout and imports the files waiting for one. */
  saveMapping(mapping: ColumnMapping): Promise<void>;
  dismissPending(): void;
}

export function useBills(timeZone = localTimeZone()): Bills {
  const [bills, setBills] = useState<StoredBill[] | undefined>(undefined);
  const [mappings, setMappings] = useState<ColumnMapping[]>([]);
  const [notes, setNotes] = useState<ImportNote[]>([]);
  const [pending, setPending] = useState<PendingFile[]>([]);
  // The latest mappings for imports already under way (state in a closure would be stale).
  const mappingsRef = useRef<ColumnMapping[]>([]);

  const reload = useCallback(async () => setBills(await listBills()), []);
  useEffect(() => {
    let live = true;
    void Promise.all([listBills(), getSetting('billMappings')]).then(([stored, saved]) => {
      if (!live) return;
      mappingsRef.current = saved ?? [];
      setMappings(mappingsRef.current);
      setBills(stored);
    });
    return () => {
      live = false;
    };
  }, []);

  const importFiles = async (files: readonly (File | BillFile)[]) => {
    const said: ImportNote[] = [];
    const waiting: PendingFile[] = [];
    for (const source of files) {
      let file: BillFile;
      try {
        file = source instanceof File ? await billFileOf(source) : source;
      } catch (error) {
        console.error('bill file not readable', error);
        said.push({ kind: 'failed', fileName: source.name, code: 'unreadable' });
        continue;
      }
      try {
        const outcome = await importBill(file, mappingsRef.current, timeZone);
        if (outcome.kind === 'unknown') waiting.push(outcome);
        else said.push(outcome);
      } catch (error) {
        console.error('bill not saved', error);
        said.push({ kind: 'failed', fileName: file.name, code: 'not-saved' });
      }
    }
    setNotes(said);
    setPending(waiting);
    await reload();
  };

  const saveMapping = async (mapping: ColumnMapping) => {
    const next = [...mappingsRef.current.filter((m) => m.header !== mapping.header), mapping];
    await setSetting('billMappings', next);
    mappingsRef.current = next;
    setMappings(next);
    await importFiles(pending.map((p) => p.file));
  };

  const remove = async (id: string) => {
    await deleteBill(id);
    await reload();
  };

  return {
    bills,
    mappings,
    notes,
    pending,
    importFiles,
    remove,
    saveMapping,
    dismissPending: () => setPending([]),
  };
}
