/** The printer for Preact screens: `PrinterProvider` owns one controller, `usePrinter()` reads it. */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { unflattenCapabilities, flattenCapabilities } from '../printer/capabilities';
import { printerKeyOf, recordFault } from '../store/fault-log';
import { finishJob, startJob } from '../store/jobs';
import { getPrinter, rememberPrinter, savePrinterProfile, updatePrinterSettings } from '../store/printers';
import { PROBE_BAUD_RATES } from '../transport/serial-settings';
import { PrinterController, type ActiveSetup, type ControllerDeps } from './printer-controller';
import type { PrinterActions, PrinterView } from './printer-view';
import { useSettleClearedFaults } from './status/settle-faults';

/** What a screen gets from `usePrinter()`. */
export interface PrinterContextValue {
  view: PrinterView;
  /** The connected printer's profile (paper width, encoding, …); null while none is connected. */
  active: ActiveSetup | null;
  actions: PrinterActions;
  /** The controller itself, for the virtual printer screen (its paper and fault switches). */
  controller: PrinterController;
}

const PrinterContext = createContext<PrinterContextValue | null>(null);

/** The store-backed dependencies of the app's controller. */
export function storeDeps(): ControllerDeps {
  return {
    onFault: recordFault,
    remember: async (identity, known) => {
      const record = await rememberPrinter(
        identity,
        known.capabilities ? flattenCapabilities(known.capabilities) : {},
      );
      if (known.baudRate) await updatePrinterSettings(record.key, { baudRate: known.baudRate });
    },
    recall: async (identity) => {
      const record = await getPrinter(printerKeyOf(identity));
      if (!record) return null;
      const baudRate = PROBE_BAUD_RATES.find((rate) => rate === record.settings.baudRate);
      // The profile code loads with a remembered printer, not with the first screen.
      const { parseSetup } = await import('../printer/profile');
      const setup = parseSetup(record.settings.profile) ?? undefined;
      return { capabilities: unflattenCapabilities(record.capabilities), baudRate, setup };
    },
    saveSetup: (identity, setup) => savePrinterProfile(printerKeyOf(identity), setup),
    storage: safeLocalStorage(),
    jobs: { start: (activity, printer) => startJob(activity, printer), finish: finishJob },
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return localStorage;
  } catch (error) {
    console.warn('no local storage: the printer will not be reconnected on reload', error);
    return null;
  }
}

/** Provides the printer to every screen below it and reconnects the last printer on mount. */
export function PrinterProvider({
  children,
  controller: given,
}: {
  children: ComponentChildren;
  controller?: PrinterController;
}) {
  const controller = useMemo(() => given ?? new PrinterController(storeDeps()), [given]);
  useSettleClearedFaults(controller);
  const [view, setView] = useState<PrinterView>(controller.view);
  const [active, setActive] = useState<ActiveSetup | null>(controller.active);
  useEffect(() => {
    const stop = controller.subscribe(setView);
    const stopSetup = controller.onSetup(setActive);
    void controller.restore();
    return () => {
      stop();
      stopSetup();
    };
  }, [controller]);
  const value = useMemo(
    () => ({ view, active, actions: controller, controller }),
    [view, active, controller],
  );
  return <PrinterContext.Provider value={value}>{children}</PrinterContext.Provider>;
}

/** The printer's view and actions; must be used under `PrinterProvider`. */
export function usePrinter(): PrinterContextValue {
  const value = useContext(PrinterContext);
  if (!value) throw new Error('usePrinter() must be used inside <PrinterProvider>.');
  return value;
}
