/**
 * Runs a practice drill against the app's own virtual printer: sets the fault up, watches the printer view
 * for the moment the fault shows and the moment the printer is ready again, hears when the customer's QR is
 * drawn, and keeps the result. One runner per printer controller, so a drill goes on while the staff move
 * between screens.
 */
import type { PrinterController } from '../printer-controller';
import type { PrinterView } from '../printer-view';
import { onQrShown } from '../ereceipt/shown';
import { statusLight } from '../status/status-light';
import {
  startDrill,
  stepDrill,
  type DrillEvent,
  type DrillPhase,
  type DrillResult,
  type DrillScenario,
} from './drill-clock';

/** Why a drill cannot start. */
export class DrillError extends Error {
  override readonly name = 'DrillError';
  readonly code = 'no-virtual-printer';
  constructor() {
    super('A drill runs on the virtual printer: connect it first.');
  }
}

// Lines printed before the paper "runs out" in the middle of a sale (the sample receipt has more).
const LINES_BEFORE_PAPER_OUT = 6;

export class DrillRunner {
  private phase: DrillPhase | null = null;
  private readonly listeners = new Set<(phase: DrillPhase | null) => void>();
  private stops: (() => void)[] = [];

  constructor(
    private readonly controller: PrinterController,
    private readonly keep: (result: DrillResult) => Promise<unknown>,
  ) {}

  get current(): DrillPhase | null {
    return this.phase;
  }

  subscribe(listener: (phase: DrillPhase | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sets the scenario's fault up on the virtual printer and starts watching. */
  start(scenario: DrillScenario, at = Date.now()): void {
    const virtual = this.controller.virtual;
    if (!virtual) throw new DrillError();
    this.stopWatching();
    this.set(startDrill(scenario, at));
    if (scenario === 'paper-out-mid-sale') virtual.printer.runOutOfPaperAfter(LINES_BEFORE_PAPER_OUT);
    else if (scenario === 'cover-open') virtual.printer.setFault('cover-open', true);
    else virtual.transport.unplug();
    this.stops = [
      this.controller.subscribe((view) => this.watch(view)),
      onQrShown((when) => this.dispatch({ kind: 'qr', at: when })),
    ];
    this.watch(this.controller.view);
  }

  stop(at = Date.now()): void {
    this.dispatch({ kind: 'stop', at });
  }

  /** Forgets an ended drill (its result is kept in the store). */
  dismiss(): void {
    if (this.phase?.kind === 'ended') this.set(null);
  }

  private watch(view: PrinterView, at = Date.now()): void {
    const light = statusLight(view);
    const broken = view.state === 'lost' || light.state === 'cannot-print';
    if (this.phase?.kind === 'waiting-for-fault' && broken) this.dispatch({ kind: 'fault', at });
    else if (this.phase?.kind === 'running' && light.state === 'ready') this.dispatch({ kind: 'fixed', at });
  }

  private dispatch(event: DrillEvent): void {
    if (!this.phase) return;
    const next = stepDrill(this.phase, event);
    if (next === this.phase) return;
    if (next.kind !== 'ended') {
      this.set(next);
      return;
    }
    this.phase = next;
    this.stopWatching();
    this.controller.virtual?.printer.runOutOfPaperAfter(null);
    // The end is announced once the result is kept (or could not be): the history read then includes it.
    void this.keep(next.result)
      .catch((error: unknown) => console.error('drill result not saved', error))
      .then(() => {
        if (this.phase === next) this.set(next);
      });
  }

  private set(phase: DrillPhase | null): void {
    this.phase = phase;
    for (const listener of this.listeners) listener(phase);
  }

  private stopWatching(): void {
    for (const stop of this.stops) stop();
    this.stops = [];
  }
}

const runners = new WeakMap<PrinterController, DrillRunner>();

/** The controller's drill runner, made on first use. */
export function drillRunnerFor(
  controller: PrinterController,
  keep: (result: DrillResult) => Promise<unknown>,
): DrillRunner {
  let runner = runners.get(controller);
  if (!runner) runners.set(controller, (runner = new DrillRunner(controller, keep)));
  return runner;
}
