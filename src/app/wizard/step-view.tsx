/** Shows the current step: a check in progress, a question with choices, or an instruction with its re-check. */
import { useState } from 'preact/hooks';
import { instructionOf } from '../../wizard/instruction';
import type { CheckStep, FixStep, QuestionStep, ScreenName, Text } from '../../wizard/types';
import { useLang, useStrings } from '../i18n';
import type { PrinterActions } from '../printer-view';
import { parseRoute } from '../router';
import { Illustration } from './illustrations';
import { wizardStrings } from './strings';
import type { CheckPhase } from './use-wizard';

/** Whether the app has a screen at `#/<screen>` (an unknown route falls back to home). */
const screenExists = (screen: ScreenName) => parseRoute(`#/${screen}`).name === screen;

function useText(): (text: Text) => string {
  const lang = useLang();
  return (text) => text[lang];
}

/** A check the app is performing, or one that could not finish. */
export function CheckView({ step, phase, onRetry }: { step: CheckStep; phase: CheckPhase; onRetry(): void }) {
  const s = useStrings(wizardStrings);
  const t = useText();
  return (
    <section class="wizard-step card" data-kind="check" aria-busy={phase.kind === 'checking'}>
      <h2>{t(step.title)}</h2>
      {phase.kind === 'failed' ? (
        <div role="alert">
          <p>{s.checkFailed(phase.reason)}</p>
          <button type="button" onClick={onRetry}>
            {s.tryAgain}
          </button>
        </div>
      ) : (
        <p role="status">{s.checking}</p>
      )}
    </section>
  );
}

/** A question for the merchant: one big button per answer. */
export function QuestionView({ step, onAnswer }: { step: QuestionStep; onAnswer(choice: string): void }) {
  const t = useText();
  return (
    <section class="wizard-step card" data-kind="question">
      {step.illustration && <Illustration id={step.illustration} />}
      <h2>{t(step.title)}</h2>
      {step.body && <p>{t(step.body)}</p>}
      <div class="wizard-choices">
        {step.choices.map((choice) => (
          <button key={choice.id} type="button" class="action" onClick={() => onAnswer(choice.id)}>
            {t(choice.label)}
          </button>
        ))}
      </div>
    </section>
  );
}

function ConnectButtons({ actions }: { actions: PrinterActions }) {
  const s = useStrings(wizardStrings);
  const [failed, setFailed] = useState(false);
  // The browser's chooser needs the merchant's own tap, so these run straight from the click handler.
  const run = (connect: () => Promise<void>) => {
    setFailed(false);
    connect().catch((error: unknown) => {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      console.warn('connect from the wizard failed', error);
      setFailed(true);
    });
  };
  return (
    <div class="wizard-choices">
      <button type="button" class="action primary" onClick={() => run(() => actions.connectUsb())}>
        {s.connectUsb}
      </button>
      <button type="button" class="action" onClick={() => run(() => actions.connectSerial())}>
        {s.connectSerial}
      </button>
      {'bluetooth' in navigator && (
        <button type="button" class="action" onClick={() => run(() => actions.connectBluetooth())}>
          {s.connectBluetooth}
        </button>
      )}
      {'serial' in navigator && (
        <button type="button" class="action" onClick={() => run(() => actions.connectBluetoothSerial())}>
          {s.connectBluetoothClassic}
        </button>
      )}
      <button type="button" class="action" onClick={() => run(() => actions.connectVirtual())}>
        {s.connectVirtual}
      </button>
      {failed && <p role="alert">{s.actionFailed}</p>}
    </div>
  );
}

/** An instruction; while shown, the app watches for the fix and moves on by itself. */
export function FixView({
  step,
  actions,
  note,
  onDone,
}: {
  step: FixStep;
  actions: PrinterActions;
  /** A finding of the previous check worth showing here (e.g. the serial speed found). */
  note?: string;
  onDone(): void;
}) {
  const s = useStrings(wizardStrings);
  const t = useText();
  const instruction = instructionOf(step, screenExists);
  const watching =
    step.watch?.check === 'network'
      ? s.watchingNetwork
      : step.watch?.check === 'connection'
        ? s.watchingConnection
        : step.watch
          ? s.watching
          : null;
  return (
    <section class="wizard-step card" data-kind="fix">
      {step.illustration && <Illustration id={step.illustration} />}
      <h2>{t(step.title)}</h2>
      {note && <p class="wizard-note">{note}</p>}
      <p>{t(instruction.body)}</p>
      {instruction.link && (
        <a class="action" href={`#/${instruction.link.screen}`}>
          {t(instruction.link.label)}
        </a>
      )}
      {step.action === 'connect' && <ConnectButtons actions={actions} />}
      {watching && (
        <p class="wizard-watching" role="status">
          {watching}
        </p>
      )}
      <button type="button" class="action primary" onClick={onDone}>
        {s.done}
      </button>
      {step.details && (
        <details>
          <summary>{s.details}</summary>
          <p>{t(step.details)}</p>
        </details>
      )}
    </section>
  );
}
