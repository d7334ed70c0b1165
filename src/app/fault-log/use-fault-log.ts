/** The fault log screen's data: the filtered pages shown so far, kept current as faults are recorded. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  onStoreEvent,
  queryFaults,
  type FaultCursor,
  type FaultEntry,
  type FaultFilter,
} from '../../store/index';
import { throttle } from './throttle';

/** What the list shows. */
export type FaultListState =
  | { phase: 'loading' }
  | { phase: 'ready'; entries: FaultEntry[]; next: FaultCursor | null; loadingMore: boolean }
  | { phase: 'failed'; error: unknown };

/** Entries per page. */
export const PAGE_SIZE = 30;

/**
 * The fault log screen shows a change at once, then at most one more per this interval (the list reads its
 * first page again, the chart repaints): a burst of faults (a printer failing over and over) costs a read and a
 * repaint or two, so the writes, which the printer session awaits, rarely queue behind the screen's work.
 */
export const REFRESH_MS = 1000;

/**
 * Loads the first page for `filter` (again whenever it or the log changes) and appends older pages on
 * request. A newer load makes older, slower answers irrelevant: they are dropped, never shown.
 */
export function useFaultLog(filter: FaultFilter): { state: FaultListState; more: () => void } {
  const [state, setState] = useState<FaultListState>({ phase: 'loading' });
  const [version, setVersion] = useState(0);
  const generation = useRef(0);

  useEffect(() => {
    const reload = throttle(() => setVersion((v) => v + 1), REFRESH_MS);
    const stop = onStoreEvent((event) => {
      if (event.kind === 'faults-changed' || event.kind === 'pruned') reload.call();
    });
    return () => {
      stop();
      reload.cancel();
    };
  }, []);

  useEffect(() => {
    const mine = ++generation.current;
    queryFaults(filter, PAGE_SIZE).then(
      (page) => {
        if (mine === generation.current) setState({ phase: 'ready', ...page, loadingMore: false });
      },
      (error: unknown) => {
        if (mine === generation.current) setState({ phase: 'failed', error });
      },
    );
  }, [filter, version]);

  const more = useCallback(() => {
    if (state.phase !== 'ready' || !state.next || state.loadingMore) return;
    const mine = generation.current;
    const shown = state;
    setState({ ...shown, loadingMore: true });
    queryFaults(filter, PAGE_SIZE, shown.next).then(
      (page) => {
        if (mine !== generation.current) return;
        setState({
          phase: 'ready',
          entries: [...shown.entries, ...page.entries],
          next: page.next,
          loadingMore: false,
        });
      },
      (error: unknown) => {
        if (mine === generation.current) setState({ phase: 'failed', error });
      },
    );
  }, [filter, state]);

  return { state, more };
}
