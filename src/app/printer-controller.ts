/**
 * Owns the one printer session of the app: connects (USB, serial, Bluetooth, virtual), reconnects silently
 * on load, keeps a `PrinterView` current for the screens and runs the test page. No Preact here; the context
 * in `printer-context.tsx` subscribes to it.
 */
import type { FaultSink } from '../printer/session-types';
import type { PrinterCapabilities } from '../printer/capabilities';
import type { Activity } from '../printer/faults';
import type { JobOutcome } from '../printer/job-outcome';
import type { PrintJob } from '../printer/job-chunks';
import { PrinterSession } from '../printer/session';
import { bluetoothTrouble } from '../transport/ble-trouble';
import { isAbort } from '../transport/dom-errors';
import { PrinterError, type PrinterIdentity, type PrinterTransport } from '../transport/types';
import type { BaudRate, SerialSettings } from '../transport/serial-settings';
import { VirtualTransport } from '../transport/virtual';
import type { WebBluetoothTransport } from '../transport/webbluetooth';
import type { WebSerialTransport } from '../transport/webserial';
import { loadBluetooth, loadSerial, loadUsb } from './transports';
import type { VirtualPrinter } from '../escpos/virtual-printer';
import type { PrinterProfile } from '../escpos/capabilities';
import type { PrinterSetup } from '../printer/profile';
import type { PrinterActions, PrinterView } from './printer-view';

/** Where the controller keeps and finds things; the app passes the store, tests pass fakes. */
export interface ControllerDeps {
  onFault: FaultSink;
  /** Persists what probing found, and the serial baud rate that worked, per printer. */
  remember(identity: PrinterIdentity, known: KnownPrinter): Promise<unknown>;
  /** What was learned about this printer last time, or null. */
  recall(identity: PrinterIdentity): Promise<KnownPrinter | null>;
  /** Keeps the profile the merchant set for this printer; null forgets it (chosen automatically again). */
  saveSetup(identity: PrinterIdentity, setup: PrinterSetup | null): Promise<unknown>;
  /** Which printer to reconnect to on the next load. */
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** The durable record of print jobs: started before the first byte, finished with the outcome. */
  jobs: {
    start(activity: Activity, printer: PrinterIdentity): Promise<number>;
    finish(id: number, outcome: JobOutcome): Promise<unknown>;
  };
}

/** What the app remembers about a printer between visits. */
export interface KnownPrinter {
  capabilities: PrinterCapabilities | null;
  baudRate?: BaudRate;
  /** The profile the merchant set, if any. */
  setup?: PrinterSetup;
}

/** The connected printer's profile and the encoder profile every job is laid out with. */
export interface ActiveSetup {
  setup: PrinterSetup;
  profile: PrinterProfile;
  /** The model-table name the printer was recognised as ("Xprinter XP-58"), or null. */
  model: string | null;
}

const LAST_PRINTER = 'receipt-rescue.printer';

/** The app's printer: a view, its listeners, and the actions screens may call. */
export class PrinterController implements PrinterActions {
  view: PrinterView = { state: 'not-connected' };
  session: PrinterSession | null = null;
  /** The virtual printer in use (for its screen), or null. */
  virtual: { printer: VirtualPrinter; transport: VirtualTransport } | null = null;
  /** The connected printer's profile; null while none is connected. */
  active: ActiveSetup | null = null;
  private readonly listeners = new Set<(view: PrinterView) => void>();
  private readonly setupListeners = new Set<(active: ActiveSetup | null) => void>();
  private stopSession: (() => void)[] = [];
  private stopOnPlugIn: (() => void) | null = null;

  constructor(private readonly deps: ControllerDeps) {}

  /** Calls `listener` on every view change; returns its removal. */
  subscribe(listener: (view: PrinterView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Calls `listener` whenever the connected printer's profile changes; returns its removal. */
  onSetup(listener: (active: ActiveSetup | null) => void): () => void {
    this.setupListeners.add(listener);
    return () => this.setupListeners.delete(listener);
  }

  /**
   * Sets the connected printer's profile and remembers it for this printer; null goes back to the one
   * chosen automatically. A new paper width on the virtual printer loads a roll of that width, a Big5 or
   * GB18030 encoding the matching Chinese font.
   */
  changeSetup = async (setup: PrinterSetup | null): Promise<void> => {
    const session = this.session;
    if (!session) return;
    const identity = session.transport.identity;
    const chosen: PrinterSetup | null = setup && { ...setup, origin: { kind: 'merchant' } };
    await this.deps.saveSetup(identity, chosen);
    const { chooseSetup, paperDots } = await import('../printer/profile');
    const next = chosen ?? chooseSetup(identity, session.capabilities);
    if (
      this.virtual &&
      session.transport === this.virtual.transport &&
      !fitsVirtual(this.virtual.printer, virtualLoad(next, paperDots))
    ) {
      await this.connectVirtual();
      return;
    }
    await this.useSetup(session, next);
  };

  connectUsb = (): Promise<void> => this.connect(async () => (await loadUsb()).request());
  connectSerial = (): Promise<void> =>
    this.connect(async () => (await loadSerial()).request(undefined, undefined, 'any'));
  connectVirtual = (): Promise<void> => this.connect(() => this.makeVirtual());
  /** A paired classic Bluetooth printer: its serial service, picked in the browser's serial chooser. */
  connectBluetoothSerial = (): Promise<void> =>
    this.connect(async () => (await loadSerial()).request(undefined, undefined, 'bluetooth'));
  connectBluetooth = (): Promise<void> => this.connect(async () => (await loadBluetooth()).request());
  /** The lost Bluetooth printer again: without the chooser where the browser keeps the grant, else with it. */
  reconnectBluetooth = (): Promise<void> => {
    const lost = this.view.state === 'lost' ? this.view.identity : undefined;
    return this.connect(async () => {
      const Bluetooth = await loadBluetooth();
      return (lost && (await Bluetooth.reconnect(lost))) || (await Bluetooth.request());
    });
  };

  /** Reconnects without a chooser to the printer used last time, if it is still granted and plugged in. */
  async restore(): Promise<void> {
    const saved = this.savedIdentity();
    if (!saved || this.session) return;
    await this.connect(async () => {
      const found =
        saved.transport === 'usb'
          ? await (await loadUsb()).reconnect(saved)
          : saved.transport === 'serial'
            ? await (await loadSerial()).reconnect(saved)
            : saved.transport === 'bluetooth'
              ? await (await loadBluetooth()).reconnect(saved)
              : await this.makeVirtual();
      if (!found) throw new PrinterError('not-found', 'The saved printer is not plugged in.');
      return found;
    }, true);
  }

  disconnect = async (): Promise<void> => {
    const session = this.session;
    this.dropSession();
    this.deps.storage?.removeItem(LAST_PRINTER);
    this.setView({ state: 'not-connected' });
    await session?.close();
  };

  refreshStatus = async (): Promise<PrinterView> => {
    if (this.session) await this.session.refresh();
    return this.view;
  };

  printTestPage = async (): Promise<JobOutcome> => {
    const session = this.session;
    if (!session) return { kind: 'failed', cause: 'not-found', detail: 'No printer is connected.' };
    const [{ testPageCommands }, { testPageIdentity }] = await Promise.all([
      import('../printer/test-page'),
      import('./ereceipt/paper-identity'),
    ]);
    const profile = this.active?.profile ?? (await this.useSetup(session, null)).profile;
    const transport = session.transport;
    const settings = isSerial(transport)
      ? [transport.bluetooth ? 'Bluetooth classic (SPP)' : serialSummary(transport.lineSettings)]
      : undefined;
    const commands = testPageCommands({
      identity: transport.identity,
      profile,
      capabilities: session.capabilities,
      settings,
      at: Date.now(),
      // The shop's name and the e-receipt key's fingerprint, as the merchant's settings say.
      ...(await testPageIdentity()),
    });
    return this.print(commands, { kind: 'test-page' });
  };

  /**
   * Prints any job on the connected printer (receipts go through here). The job is on disk before its first
   * byte is sent and gets its outcome after, so a page closed mid-job leaves a trace of it.
   */
  async print(job: PrintJob, activity: Activity): Promise<JobOutcome> {
    const session = this.session;
    if (!session) return { kind: 'failed', cause: 'not-found', detail: 'No printer is connected.' };
    // A full or broken store must not stop a receipt from printing: the journal already holds the sale.
    const id = await this.deps.jobs.start(activity, session.transport.identity).catch((error: unknown) => {
      console.warn('print job not recorded', error);
      return null;
    });
    const outcome = await session.print(job, activity);
    if (id !== null) {
      await this.deps.jobs
        .finish(id, outcome)
        .catch((error: unknown) => console.warn('print job outcome not recorded', error));
    }
    return outcome;
  }

  /** The virtual printer behind a new transport, loaded as `load` says when given (else the one in use). */
  private async makeVirtual(load?: VirtualLoad): Promise<VirtualTransport> {
    const { VirtualPrinter } = await import('../escpos/virtual-printer');
    const { PROFILES } = await import('../escpos/capabilities');
    const current = this.virtual?.printer;
    const printer =
      current && (load === undefined || fitsVirtual(current, load))
        ? current
        : new VirtualPrinter({
            profile: { ...PROFILES.virtual, chineseFontCodes: load?.chineseFont },
            widthDots: load?.widthDots,
          });
    const transport = new VirtualTransport(printer);
    this.virtual = { printer, transport };
    return transport;
  }

  /**
   * `quiet` (reconnecting on load) treats a printer that is not there as not connected; `retry` (after a
   * Bluetooth link dropped) keeps the lost view, with its Reconnect button, when the printer is not back.
   */
  private async connect(
    pick: () => Promise<PrinterTransport>,
    quiet = false,
    retry: PrinterView | null = null,
  ): Promise<void> {
    const previous = this.session;
    this.dropSession();
    await previous?.close();
    this.setView({ state: 'connecting' });
    let transport: PrinterTransport | undefined;
    try {
      transport = await pick();
      this.setView({ state: 'connecting', identity: transport.identity });
      const known = await this.deps.recall(transport.identity).catch(() => null);
      if (transport instanceof VirtualTransport) {
        // The virtual printer's roll is as wide as its profile says (80 mm unless the merchant chose another)
        // and its Chinese font reads the profile's set.
        const { chooseSetup, paperDots } = await import('../printer/profile');
        const setup = known?.setup ?? chooseSetup(transport.identity, null);
        transport = await this.makeVirtual(virtualLoad(setup, paperDots));
      }
      if (isSerial(transport)) {
        if (known?.baudRate) transport.useSettings({ baudRate: known.baudRate });
        else if (!transport.bluetooth) await findBaudRate(transport);
      }
      const session = await PrinterSession.open(transport, {
        onFault: this.deps.onFault,
        capabilities: known?.capabilities,
      });
      this.deps.storage?.setItem(LAST_PRINTER, JSON.stringify(session.transport.identity));
      await this.useSetup(session, known?.setup ?? null);
      // On disk before the printer shows ready: a reload right after connecting reopens a serial port at the
      // baud rate that worked instead of probing again. A full disk costs that, not the connection.
      const baudRate = isSerial(transport) ? transport.lineSettings.baudRate : undefined;
      await this.deps
        .remember(session.transport.identity, { capabilities: session.capabilities, baudRate })
        .catch((error: unknown) => console.warn('printer settings not remembered', error));
      this.attach(session);
    } catch (error) {
      // Chrome reports a cancelled chooser as NotFoundError (mapped to `not-found` at the request step).
      if (retry) {
        // The drop is in the fault log already; a printer still out of reach is the same fault.
        this.setView(retry);
        return;
      }
      if (isAbort(error) || isCancel(error) || (quiet && isNotFound(error))) {
        this.setView({ state: 'not-connected' });
        return;
      }
      const failure =
        error instanceof PrinterError ? error : new PrinterError('access-denied', String(error));
      // A printer that cannot be reached is a fault too: logged before the merchant is told.
      await this.deps
        .onFault({
          kind: failure.code,
          at: Date.now(),
          printer: transport?.identity ?? null,
          status: null,
          raw: [],
          activity: { kind: 'connecting' },
          detail: failure.message,
        })
        .catch((sinkError: unknown) => console.error('connection fault not logged', sinkError));
      this.setView({ state: 'lost', identity: transport?.identity, error: failure });
    }
  }

  /**
   * Makes `setup` (or, when null, the one chosen from the model table and the probe) the profile every job
   * on `session` is laid out with; the chunk size bounds each write between status checks.
   */
  private async useSetup(session: PrinterSession, setup: PrinterSetup | null): Promise<ActiveSetup> {
    const { chooseSetup, printingProfile, recognisedModel } = await import('../printer/profile');
    const { identity } = session.transport;
    const chosen = setup ?? chooseSetup(identity, session.capabilities);
    const model = recognisedModel(identity, session.capabilities);
    const active = { setup: chosen, profile: printingProfile(chosen), model };
    session.timing.pieceBytes = chosen.chunkSize;
    // The profile's chunk size is a USB transfer size; for a Bluetooth printer only the merchant's own
    // setting says how large a GATT write it takes (else the transport's small default).
    if (isBluetooth(session.transport) && chosen.origin.kind === 'merchant') {
      session.transport.useWriteSize(chosen.chunkSize);
    }
    if (this.session === null || this.session === session) {
      this.active = active;
      for (const listener of [...this.setupListeners]) listener(active);
    }
    return active;
  }

  private attach(session: PrinterSession): void {
    this.session = session;
    const update = () => this.setView(connectedView(session));
    this.stopSession = [
      session.on('status', update),
      session.on('answering', update),
      session.on('printing', update),
      session.on('lost', ({ error }) => {
        this.dropSession();
        this.setView({ state: 'lost', identity: session.transport.identity, error });
        if (session.transport.kind === 'usb') this.reconnectOnPlugIn();
        if (session.transport.kind === 'bluetooth') void this.retryBluetooth(session.transport.identity);
      }),
    ];
    update();
  }

  /** A Bluetooth link that dropped: reconnect at once without the chooser, where the browser allows it. */
  private async retryBluetooth(identity: PrinterIdentity): Promise<void> {
    const lost = this.view;
    const transport = await loadBluetooth()
      .then((Bluetooth) => Bluetooth.reconnect(identity))
      .catch(() => null);
    if (!transport || this.view !== lost) return;
    await this.connect(() => Promise.resolve(transport), true, lost);
  }

  /** When a USB printer comes back (plugged in again), reconnect it without the chooser. */
  private reconnectOnPlugIn(): void {
    let stopped = false;
    let stop = (): void => void (stopped = true);
    this.stopOnPlugIn = () => stop();
    // The USB module is loaded already: a USB printer was just in use.
    void loadUsb().then((Usb) => {
      if (stopped) return;
      stop = Usb.onPlugIn(() => {
        stop();
        if (this.view.state === 'lost') void this.restore();
      });
    });
  }

  private dropSession(): void {
    this.stopOnPlugIn?.();
    this.stopOnPlugIn = null;
    for (const stop of this.stopSession.splice(0)) stop();
    this.session = null;
    if (this.active) {
      this.active = null;
      for (const listener of [...this.setupListeners]) listener(null);
    }
  }

  private savedIdentity(): PrinterIdentity | null {
    const text = this.deps.storage?.getItem(LAST_PRINTER);
    if (!text) return null;
    try {
      return JSON.parse(text) as PrinterIdentity;
    } catch (error) {
      // A damaged entry only costs the silent reconnect; forget it so it is not retried on every load.
      console.warn('saved printer unreadable', error);
      this.deps.storage?.removeItem(LAST_PRINTER);
      return null;
    }
  }

  private setView(view: PrinterView): void {
    this.view = view;
    for (const listener of [...this.listeners]) listener(view);
  }
}

/** A serial printer met for the first time: find the rate it answers at, and leave the port closed at it. */
async function findBaudRate(transport: WebSerialTransport): Promise<void> {
  const { probeBaudRate } = await import('../printer/baud-probe');
  await transport.open();
  try {
    await probeBaudRate(transport);
  } finally {
    await transport.close();
  }
}

/** "Serial 19200 8N1, flow none", as printed on the test page. */
function serialSummary(settings: SerialSettings): string {
  const parity = settings.parity[0]!.toUpperCase();
  return `Serial: ${settings.baudRate} ${settings.dataBits}${parity}${settings.stopBits}, flow ${settings.flowControl}`;
}

function isCancel(error: unknown): boolean {
  // Bluetooth says which not-found it was: a closed chooser, or the tablet's Bluetooth being off.
  const trouble = bluetoothTrouble(error);
  if (trouble) return trouble === 'cancelled';
  return isNotFound(error) && (error as PrinterError).details.step === 'request';
}

function isNotFound(error: unknown): boolean {
  return error instanceof PrinterError && error.code === 'not-found';
}

/** The view of a live session. */
export function connectedView(session: PrinterSession): PrinterView {
  return {
    state: 'connected',
    identity: session.transport.identity,
    status: session.status,
    faults: session.faults,
    answering: session.answering,
    printing: session.printing,
    lastHeardAt: session.lastHeardAt,
  };
}

// Each browser transport is the only one of its kind (the classes load lazily, so `instanceof` cannot be used).
function isSerial(transport: PrinterTransport): transport is WebSerialTransport {
  return transport.kind === 'serial';
}

function isBluetooth(transport: PrinterTransport): transport is WebBluetoothTransport {
  return transport.kind === 'bluetooth';
}

/** What the virtual printer is loaded with: a roll of paper and the set its Chinese font reads. */
interface VirtualLoad {
  widthDots: number;
  chineseFont: VirtualPrinter['chineseFont'];
}

/** The roll and font a setup asks the virtual printer for (`paperDots` passed in: the profile code loads lazily). */
function virtualLoad(
  setup: PrinterSetup,
  paperDots: (paper: PrinterSetup['paper'], family: PrinterSetup['family']) => number,
): VirtualLoad {
  return {
    widthDots: paperDots(setup.paper, setup.family),
    chineseFont: setup.encoding === 'big5' ? 'big5' : 'gb18030',
  };
}

const fitsVirtual = (printer: VirtualPrinter, load: VirtualLoad): boolean =>
  printer.paper.widthDots === load.widthDots && printer.chineseFont === load.chineseFont;
