/** Bill payments the merchant flagged to look into (no receipt for them), kept as a setting across reloads. */
import { useEffect, useRef, useState } from 'preact/hooks';
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
  // The flags as last asked for: two taps before a repaint each build on the one before.
  const asked = useRef<ReadonlySet<string>>(flagged);
  useEffect(() => {
    let live = true;
    void getSetting('reconcileFlags').then((saved) => {
      if (!live) return;
      asked.current = new Set(saved ?? []);
      setFlagged(asked.current);
    });
    return () => {
      live = false;
    };
  }, []);
  const toggle = (key: string) => {
    const next = new Set(asked.current);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    asked.current = next;
    // Shown as flagged once on disk: a flag a reload would lose is not shown as kept. Writes to one
    // setting land in the order they were made, so the last tap wins.
    setSetting('reconcileFlags', [...next]).then(
      () => setFlagged(asked.current),
      async (error: unknown) => {
        console.error('flag not saved', error);
        asked.current = new Set((await getSetting('reconcileFlags').catch(() => undefined)) ?? flagged);
        setFlagged(asked.current);
      },
    );
  };
  return { flagged, toggle };
}
