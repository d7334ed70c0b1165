/**
 * The troubleshooting screen's body: runs the wizard against the live printer view, shows the current step,
 * and at the end builds the support report and saves the run in the fault log.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { buildSupportReport, type SupportReport } from '../../wizard/report';
import { currentStep } from '../../wizard/step';
import type { PrinterSnapshot, StartContext, WizardState } from '../../wizard/types';
import { useLang, useStrings, type Lang } from '../i18n';
import type { PrinterActions, PrinterView } from '../printer-view';
import { hrefFor } from '../router';
import type { CheckEnv } from './checks';
import { EndView } from './end-view';
import { printerSettings, recentFaults, saveRun } from './run-store';
import { CheckView, FixView, QuestionView } from './step-view';
import { wizardStrings } from './strings';
import { useWizard } from './use-wizard';
import './wizard.css';

/** The printer view the wizard needs: the app's view already has every field of the snapshot. */
const snapshotOf = (view: PrinterView): PrinterSnapshot => view;

const identityOf = (view: PrinterView) => (view.state === 'not-connected' ? null : (view.identity ?? null));

/** Longest wait for the app's own address before the network counts as down. */
const NETWORK_TIMEOUT_MS = 5000;

/**
 * Asks the app's own address for a page no cache may answer. `navigator.onLine` is only "an interface is up"
 * (https://html.spec.whatwg.org/multipage/system-state.html#dom-navigator-online), so it cannot show the way
 * out works. `cache: 'no-store'` skips the HTTP cache (https://fetch.spec.whatwg.org/#concept-request-cache-mode),
 * and the query string keeps the service worker's precache from answering. Any response at all means the
 * request got through; only a network error or the timeout means it did not.
 */
async function reachOwnOrigin(signal: AbortSignal): Promise<boolean> {
  if (!navigator.onLine) return false;
  const url = new URL(`./?network-check=${Date.now()}`, location.href);
  try {
    await fetch(url, {
      cache: 'no-store',
      signal: AbortSignal.any([signal, AbortSignal.timeout(NETWORK_TIMEOUT_MS)]),
    });
    return true;
  } catch (error) {
    if (signal.aborted) throw error;
    return false;
  }
}

function browserEnv(view: () => PrinterView, actions: PrinterActions): CheckEnv {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  const uaPlatform = nav.userAgentData?.platform;
  return {
    view,
    actions,
    reachOwnOrigin,
    secureContext: window.isSecureContext,
    webUsb: 'usb' in navigator,
    webSerial: 'serial' in navigator,
    userAgent: navigator.userAgent,
    ...(uaPlatform ? { uaPlatform } : {}),
    recentFaults: () => recentFaults(Date.now()),
    now: () => Date.now(),
  };
}

async function finish(run: WizardState, view: PrinterView, lang: Lang): Promise<SupportReport> {
  const now = Date.now();
  const identity = identityOf(view);
  const [faults, settings] = await Promise.all([
    recentFaults(now).catch((error: unknown) => {
      console.warn('fault log unavailable for the support report', error);
      return [];
    }),
    printerSettings(identity).catch((error: unknown) => {
      console.warn('printer settings unavailable for the support report', error);
      return {};
    }),
  ]);
  return buildSupportReport({
    run,
    printer: snapshotOf(view),
    settings,
    recentFaults: faults,
    environment: { userAgent: navigator.userAgent, online: navigator.onLine },
    generatedAt: now,
    lang,
  });
}

/** The wizard for the printer `view`; `menu` starts at the symptom list instead of the live state. */
export function WizardScreen({
  view,
  actions,
  menu,
  children,
}: {
  view: PrinterView;
  actions: PrinterActions;
  menu: boolean;
  /** Shown below the step, e.g. the virtual printer's switches. */
  children?: ComponentChildren;
}) {
  const s = useStrings(wizardStrings);
  const lang = useLang();
  const viewRef = useRef(view);
  viewRef.current = view;
  const context = (asMenu: boolean): StartContext => ({ printer: snapshotOf(viewRef.current), menu: asMenu });
  const wizard = useWizard(
    browserEnv(() => viewRef.current, actions),
    () => context(menu),
  );
  const [report, setReport] = useState<SupportReport | null>(null);
  const [saved, setSaved] = useState(false);
  const savedRun = useRef<WizardState | null>(null);
  const step = currentStep(wizard.state);

  // Following a link to the symptom list while a run is shown (same screen, new query) starts a new run.
  const shownMenu = useRef(menu);
  useEffect(() => {
    if (shownMenu.current === menu) return;
    shownMenu.current = menu;
    wizard.restart(context(menu));
  }, [menu]);

  // The report follows the language; the run is saved once, after its report was built from the log as it was.
  useEffect(() => {
    setReport(null);
    if (step.kind !== 'end') return;
    let cancelled = false;
    const run = wizard.state;
    finish(run, viewRef.current, lang)
      .then((built) => {
        if (cancelled) return null;
        setReport(built);
        if (savedRun.current === run) return null;
        savedRun.current = run;
        return saveRun(run, identityOf(viewRef.current), Date.now());
      })
      .then(
        (id) => {
          if (!cancelled && id !== null) setSaved(true);
        },
        (error: unknown) => console.warn('saving the troubleshooting run failed', error),
      );
    return () => {
      cancelled = true;
    };
  }, [wizard.state, lang]);

  useEffect(() => setSaved(false), [wizard.state]);

  const last = wizard.state.history.at(-1)?.observation;
  const note =
    last?.kind === 'checked' && last.check === 'serial-baud' && last.detail
      ? s.foundSpeed(Number(last.detail))
      : undefined;

  return (
    <div class="stack wizard" data-step={wizard.state.at} data-entry={wizard.state.entry}>
      <div class="wizard-toolbar">
        <a class="back" href={hrefFor('home')}>
          ← {s.backHome}
        </a>
        {step.kind !== 'end' && (
          <button type="button" onClick={() => wizard.restart(context(true))}>
            {s.somethingElse}
          </button>
        )}
      </div>
      <h1>{s.title}</h1>
      {step.kind === 'check' && <CheckView step={step} phase={wizard.phase} onRetry={wizard.retry} />}
      {step.kind === 'question' && (
        <QuestionView key={wizard.state.at} step={step} onAnswer={wizard.answer} />
      )}
      {step.kind === 'fix' && (
        <FixView key={wizard.state.at} step={step} actions={actions} note={note} onDone={wizard.done} />
      )}
      {step.kind === 'end' && (
        <EndView
          key={`${wizard.state.startedAt}:${wizard.state.at}`}
          step={step}
          report={report}
          saved={saved}
          onStartAgain={() => wizard.restart(context(false))}
        />
      )}
      {children}
    </div>
  );
}
