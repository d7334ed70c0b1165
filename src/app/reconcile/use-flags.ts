/** Bill payments the merchant flagged to look into (no receipt for them), kept as a setting across reloads. */
import { useEffect, useState } from 'preact/hooks';
import type { ReconcileRow } from '../../ledger/reconcile';
import { getSetting, setSetting } from '../../store/settings';

declare module '../../store/settings' {
  interface SettingValues {
    /** Keys (`flagKey`) of bill payments the merchant flagged on the reconcile screen. */
    reconcileFlags: string[];
  }
}

/** A bill row's identity for a flag: its platform, reference, line and time. */
export function flagKey(row: ReconcileRow): string {
  return [row.platform ?? '', row.billReference ?? '', row.billLine ?? '', row.billTime ?? ''].join('|');
}

export function useFlags(): { flagged: ReadonlySet<string>; toggle(key: string): void } {
  const [flagged, setFlagged] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    let live = true;
    void getSetting('reconcileFlags').then((saved) => live && setFlagged(new Set(saved ?? [])));
    return () => {
      live = false;
    };
  }, []);
  const toggle = (key: string) => {
    const next = new Set(flagged);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setFlagged(next);
    setSetting('reconcileFlags', [...next]).catch((error: unknown) => console.error('flag not saved', error));
  };
  return { flagged, toggle };
}
