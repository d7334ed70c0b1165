/**
 * The troubleshooting wizard's vocabulary: steps as data, the observations that move between them, and the
 * state of one run. Discriminated unions keep wrong combinations (a check routed by a choice, an end with a
 * next step) out of the type system altogether.
 */
import type { PrinterStatus } from '../escpos/status-model';
import type { FaultKind, StatusFaultKind } from '../printer/faults';
import type { PrinterErrorCode, PrinterIdentity } from '../transport/types';

/** Every word the merchant sees, in both languages; a missing half is a compile error. */
export type Text = Readonly<{ zh: string; en: string }>;

/** Identifies one step in the flow table. */
export type StepId = string;

/** Small drawings shown beside a question or instruction; the app owns the pictures, the data names them. */
export type IllustrationId =
  | 'power-light'
  | 'battery'
  | 'usb-cable'
  | 'serial-cable'
  | 'tablet-otg'
  | 'browser-chooser'
  | 'paper-roll'
  | 'paper-loading'
  | 'scratch-test'
  | 'paper-jam'
  | 'cover'
  | 'cutter'
  | 'thermometer'
  | 'status-lights'
  | 'self-test'
  | 'garbled-text'
  | 'half-receipt'
  | 'payment'
  | 'network';

/** What a status check can find: ready, one specific fault, silence, or no printer at all. */
export type StatusOutcome = 'ready' | StatusFaultKind | 'no-answer' | 'not-connected';

/** What each check the app performs itself can find. Every outcome must be routed by a check step. */
export interface CheckOutcomes {
  /** Ask the printer for its status now. */
  status: StatusOutcome;
  /** Print the test page (it carries a Chinese line) and see how the job ended. */
  'test-print': 'printed' | 'unconfirmed' | Exclude<StatusOutcome, 'ready'> | 'connection-failed';
  /** Look at the connection: which transport is open, or none. */
  connection: 'usb' | 'serial' | 'bluetooth' | 'virtual' | 'not-connected' | 'lost';
  /** Secure context and WebUSB / Web Serial support in this browser. */
  browser: 'supported' | 'insecure' | 'unsupported';
  /** Which operating system the tablet or computer runs (drivers differ). */
  platform: 'windows' | 'linux' | 'android' | 'mac' | 'other';
  /**
   * A real request to the app's own address that bypasses every cache; `navigator.onLine` only says a network
   * interface is up, not that anything can be reached.
   */
  network: 'online' | 'offline';
  /** Try the usual serial speeds and see at which one the printer answers. */
  'serial-baud': 'found' | 'silent' | 'unavailable';
  /** Read the fault log: has this fault come back again and again lately? */
  'fault-history': 'recurring' | 'rare';
}

export type CheckKind = keyof CheckOutcomes;
export type CheckOutcome<C extends CheckKind> = CheckOutcomes[C];

/**
 * The checks that look at a fault again, live: ask the printer now, print a page, or make a real request.
 * Only these can prove a fix; the others read facts (which transport, which browser) that prove nothing.
 */
export type LiveCheckKind = Extract<CheckKind, 'status' | 'test-print' | 'network'>;

/** A step the app performs by itself, routed by what it finds. */
export type CheckStep = {
  [C in CheckKind]: {
    kind: 'check';
    check: C;
    /** What the merchant sees while the app looks, e.g. "Checking the cover…". */
    title: Text;
    on: Readonly<Record<CheckOutcome<C>, StepId>>;
  };
}[CheckKind];

/** One answer the merchant can give. */
export interface Choice {
  id: string;
  label: Text;
  next: StepId;
}

/** A question only the merchant can answer, with a drawing and clear choices. */
export interface QuestionStep {
  kind: 'question';
  title: Text;
  body?: Text;
  illustration?: IllustrationId;
  choices: readonly Choice[];
  /**
   * Set on a question about the test page just printed: the merchant's eyes on that paper are the live proof,
   * so only such a question may lead to an end fixed by `test-print`.
   */
  confirms?: 'test-print';
}

/** While an instruction is shown, the app repeats this check and moves on by itself when it finds `until`. */
export type Watch = {
  [C in CheckKind]: { check: C; until: readonly CheckOutcome<C>[] };
}[CheckKind];

/** Something the fix screen offers to do for the merchant (needs their tap, e.g. the browser's device chooser). */
export type FixAction = 'connect';

/** App screens an instruction can send the merchant to, by route name (the app decides which exist). */
export type ScreenName = 'printer' | 'settings' | 'virtual' | 'faults';

/**
 * The instruction to show instead of the step's own body once `screen` exists in the app, with a link to it.
 * The step's body must stay true without that screen: it points only at what exists today.
 */
export interface ScreenHop {
  screen: ScreenName;
  body: Text;
  /** The link's words, e.g. "Open printer settings". */
  link: Text;
}

/** An instruction for the merchant, followed by a re-check. */
export interface FixStep {
  kind: 'fix';
  title: Text;
  body: Text;
  /** Technical detail for whoever helps the merchant; hidden behind "details". */
  details?: Text;
  illustration?: IllustrationId;
  watch?: Watch;
  action?: FixAction;
  /** A better instruction for when the app has the screen it needs. */
  hop?: ScreenHop;
  /** Where "I have done this" leads: normally the check that verifies the fix. */
  then: StepId;
}

/**
 * How a run ended. A fixed end names the live check that proves it (`graph.ts` checks that every route into it
 * comes from that check, or for `test-print` from the merchant's answer about the page just printed).
 */
export type EndStep =
  | { kind: 'end'; result: 'fixed'; proof: LiveCheckKind; title: Text; body?: Text }
  /** Not fixed here: the app offers an e-receipt and a support report. */
  | {
      kind: 'end';
      result: 'still-broken';
      title: Text;
      body?: Text;
      /** What the cashier must do and confirm before the e-receipt is offered (e.g. the customer paid again). */
      eReceiptAfter?: Text;
    }
  /** Nothing to fix, or the merchant chose to carry on as things are (e.g. finish a roll that is running low). */
  | { kind: 'end'; result: 'carry-on'; title: Text; body?: Text };

export type Step = CheckStep | QuestionStep | FixStep | EndStep;

/** The whole flow: steps by id. */
export type Flow = Readonly<Record<StepId, Step>>;

/** The result of one check, as the app reports it to `next`. */
export type CheckObservation = {
  [C in CheckKind]: { kind: 'checked'; check: C; outcome: CheckOutcome<C>; at: number; detail?: string };
}[CheckKind];

/** Everything that can move the wizard: a check result, an answer, or "I have done this". */
export type Observation =
  CheckObservation | { kind: 'answered'; choice: string; at: number } | { kind: 'fix-done'; at: number };

/** What the printer looks like when the wizard starts: the fields of the app's printer view it relies on. */
export type PrinterSnapshot =
  | { state: 'not-connected' }
  | { state: 'connecting'; identity?: PrinterIdentity }
  | {
      state: 'connected';
      identity: PrinterIdentity;
      status: PrinterStatus | null;
      faults: readonly FaultKind[];
      answering: 'unknown' | 'yes' | 'no';
    }
  | { state: 'lost'; identity?: PrinterIdentity; error: { code: PrinterErrorCode; message: string } };

/** What the wizard knows before the first step. */
export interface StartContext {
  printer: PrinterSnapshot;
  /** The merchant asked for the list of symptoms rather than the live state. */
  menu?: boolean;
}

/** Why the run started where it did; kept for the support report. */
export type StartReason =
  | { kind: 'fault'; fault: FaultKind }
  | { kind: 'lost'; code: PrinterErrorCode }
  | { kind: 'silent' }
  | { kind: 'not-connected' }
  | { kind: 'menu' };

/** One thing that happened: which step it happened at, and what was observed. */
export interface HistoryEntry {
  step: StepId;
  observation: Observation;
}

/** One wizard run. `at` names the current step; the run is over when that step is an end. */
export interface WizardState {
  at: StepId;
  entry: StepId;
  reason: StartReason;
  startedAt: number;
  history: readonly HistoryEntry[];
}
