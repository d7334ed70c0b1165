/**
 * Route `printer`: the connected printer's profile, as chosen automatically or set before, and a form to
 * change it. Saving keeps it for this printer (IndexedDB) and every new job is laid out for it.
 */
import { useState } from 'preact/hooks';
import type { JobOutcome } from '../../printer/job-outcome';
import {
  CHUNK_SIZE,
  CUSTOM_DOTS,
  ENCODINGS,
  isChunkSize,
  isCustomDots,
  paperDots,
  type PaperWidth,
  type PrinterSetup,
} from '../../printer/profile';
import type { TextEncoding } from '../../escpos/encode';
import { useLang, useStrings } from '../i18n';
import { usePrinter } from '../printer-context';
import type { ActiveSetup } from '../printer-controller';
import { lineColumns, useOutcomeText } from '../printer-profile-note';
import { profileStrings } from '../printer-profile-strings';
import { printerName, printerNameStrings } from '../printer-names';
import { encodingHints, encodingNames, settingsFormStrings } from '../printer-settings-strings';
import { hrefFor } from '../router';
import { shellStrings } from '../strings';

type PaperChoice = '58' | '80' | 'custom';

/** The form's fields, as typed (numbers stay text until saved). */
interface Draft {
  paper: PaperChoice;
  customDots: string;
  encoding: TextEncoding;
  cutter: boolean;
  nativeQr: boolean;
  chunkSize: string;
}

type Notice = { kind: 'bad-dots' } | { kind: 'bad-chunk' } | { kind: 'not-saved' } | null;

function draftOf(setup: PrinterSetup): Draft {
  const { paper } = setup;
  return {
    paper: paper.mm === 'custom' ? 'custom' : paper.mm === 58 ? '58' : '80',
    customDots: String(paperDots(paper, setup.family)),
    encoding: setup.encoding,
    cutter: setup.cutter,
    nativeQr: setup.nativeQr,
    chunkSize: String(setup.chunkSize),
  };
}

/** The setup a draft stands for, or which field is wrong. */
function setupOf(draft: Draft, base: PrinterSetup): PrinterSetup | 'bad-dots' | 'bad-chunk' {
  const dots = Number(draft.customDots);
  const chunkSize = Number(draft.chunkSize);
  if (draft.paper === 'custom' && !isCustomDots(dots)) return 'bad-dots';
  if (!isChunkSize(chunkSize)) return 'bad-chunk';
  const paper: PaperWidth =
    draft.paper === 'custom' ? { mm: 'custom', dots } : draft.paper === '58' ? { mm: 58 } : { mm: 80 };
  const { encoding, cutter, nativeQr } = draft;
  return { ...base, paper, encoding, cutter, nativeQr, chunkSize, origin: { kind: 'merchant' } };
}

export default function PrinterSettingsScreen() {
  const s = useStrings(profileStrings);
  const f = useStrings(settingsFormStrings);
  const shell = useStrings(shellStrings);
  const { view, active } = usePrinter();
  const names = useStrings(printerNameStrings);
  // Kept here, not in the form: saving a new width on the virtual printer reconnects it, which remounts the form.
  const [saved, setSaved] = useState(false);
  return (
    <div class="stack printer-settings">
      <a class="back" href={hrefFor('home')}>
        ← {shell.back}
      </a>
      <h1>{s.title}</h1>
      {view.state === 'connected' && active ? (
        <SetupForm
          name={printerName(view.identity, names)}
          virtual={view.identity.transport === 'virtual'}
          active={active}
          onSaved={setSaved}
        />
      ) : (
        <p class="card">{f.noPrinter}</p>
      )}
      <p role="status">{saved ? f.saved : ''}</p>
    </div>
  );
}

interface FormProps {
  name: string;
  /** The app's own printer: no model to recognise. */
  virtual: boolean;
  active: ActiveSetup;
  /** Told true once the setup is saved, false as soon as the merchant edits again. */
  onSaved(saved: boolean): void;
}

function SetupForm({ name, virtual, active, onSaved }: FormProps) {
  const s = useStrings(profileStrings);
  const f = useStrings(settingsFormStrings);
  const encodings = useStrings(encodingNames);
  const hints = useStrings(encodingHints);
  const outcomeText = useOutcomeText();
  const { controller, actions } = usePrinter();
  const [draft, setDraft] = useState<Draft>(() => draftOf(active.setup));
  const [notice, setNotice] = useState<Notice>(null);
  const [outcome, setOutcome] = useState<JobOutcome | null>(null);
  const edit = (change: Partial<Draft>) => {
    setDraft({ ...draft, ...change });
    setNotice(null);
    onSaved(false);
  };
  const { origin } = active.setup;
  const { model } = active;
  const recognised = model ? f.recognisedAs(model) : '';
  // Chinese sentences end with a full-width stop and no space.
  const gap = useLang() === 'zh' || !recognised ? '' : ' ';
  const how =
    origin.kind === 'merchant'
      ? `${recognised}${gap}${f.chosenMerchant}`
      : origin.kind === 'model'
        ? recognised
        : origin.kind === 'probe'
          ? f.chosenProbe
          : virtual
            ? f.chosenVirtual
            : f.chosenDefault;
  const columns80 = Math.floor(paperDots({ mm: 80 }, active.setup.family) / active.profile.dotsPerColumn.a);

  const save = async (setup: PrinterSetup | null) => {
    try {
      await controller.changeSetup(setup);
      if (setup === null) setDraft(draftOf(controller.active?.setup ?? active.setup));
      onSaved(true);
    } catch (error) {
      console.error('printer settings not saved', error);
      setNotice({ kind: 'not-saved' });
    }
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const next = setupOf(draft, active.setup);
    if (typeof next === 'string') setNotice({ kind: next });
    else void save(next);
  };

  return (
    // noValidate: the form says what is wrong itself, in the app's language, not the browser's.
    <form class="card stack" onSubmit={submit} aria-label={s.title} noValidate>
      <p>
        <strong>{name}</strong> · {how}
      </p>
      <fieldset>
        <legend>{f.paperWidth}</legend>
        <label>
          <input
            type="radio"
            name="paper"
            checked={draft.paper === '58'}
            onChange={() => edit({ paper: '58' })}
          />{' '}
          {f.paper58}
        </label>
        <label>
          <input
            type="radio"
            name="paper"
            checked={draft.paper === '80'}
            onChange={() => edit({ paper: '80' })}
          />{' '}
          {f.paper80(columns80)}
        </label>
        <label>
          <input
            type="radio"
            name="paper"
            checked={draft.paper === 'custom'}
            onChange={() => edit({ paper: 'custom' })}
          />{' '}
          {f.paperCustom}
        </label>
        {draft.paper === 'custom' && (
          <label>
            {f.customDots}{' '}
            <input
              type="number"
              inputMode="numeric"
              min={CUSTOM_DOTS.min}
              max={CUSTOM_DOTS.max}
              step={8}
              value={draft.customDots}
              onInput={(e) => edit({ customDots: e.currentTarget.value })}
            />
          </label>
        )}
      </fieldset>
      <label>
        {f.encoding}{' '}
        <select
          aria-describedby="encoding-hint"
          value={draft.encoding}
          onChange={(e) =>
            edit({ encoding: ENCODINGS.find((x) => x === e.currentTarget.value) ?? draft.encoding })
          }
        >
          {ENCODINGS.map((encoding) => (
            <option key={encoding} value={encoding}>
              {encodings[encoding]}
            </option>
          ))}
        </select>
      </label>
      <p id="encoding-hint" class="status-hint">
        {hints[draft.encoding]}
      </p>
      <label>
        <input
          type="checkbox"
          checked={draft.cutter}
          onChange={(e) => edit({ cutter: e.currentTarget.checked })}
        />{' '}
        {f.cutter}
      </label>
      <label>
        <input
          type="checkbox"
          checked={draft.nativeQr}
          onChange={(e) => edit({ nativeQr: e.currentTarget.checked })}
        />{' '}
        {f.nativeQr}
      </label>
      <label>
        {f.chunkSize}{' '}
        <input
          type="number"
          inputMode="numeric"
          min={CHUNK_SIZE.min}
          max={CHUNK_SIZE.max}
          value={draft.chunkSize}
          onInput={(e) => edit({ chunkSize: e.currentTarget.value })}
        />
      </label>
      <p class="status-hint">{f.chunkHint}</p>
      {notice?.kind === 'bad-dots' && <p role="alert">{f.badDots(CUSTOM_DOTS.min, CUSTOM_DOTS.max)}</p>}
      {notice?.kind === 'bad-chunk' && <p role="alert">{f.badChunk(CHUNK_SIZE.min, CHUNK_SIZE.max)}</p>}
      {notice?.kind === 'not-saved' && <p role="alert">{f.notSaved}</p>}
      <div class="profile-note-actions">
        <button type="submit" class="action primary">
          {f.save}
        </button>
        <button type="button" class="action" onClick={() => void actions.printTestPage().then(setOutcome)}>
          {s.checkWithTestPage}
        </button>
        {origin.kind === 'merchant' && (
          <button type="button" class="action" onClick={() => void save(null)}>
            {f.automatic}
          </button>
        )}
      </div>
      <p class="status-hint" aria-live="polite" data-columns={lineColumns(active)}>
        {outcomeText(outcome)}
      </p>
    </form>
  );
}
