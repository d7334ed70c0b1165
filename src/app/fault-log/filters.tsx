/** The fault log's filters: printer, fault kind, and a date range (local days, inclusive). */
import type { FaultKind } from '../../printer/faults';
import { NO_PRINTER, type FaultFilter, type LoggedPrinter } from '../../store/index';
import { useLang, useStrings } from '../i18n';
import { printerNameStrings, printerWithConnection } from '../printer-names';
import { FAULT_WORDS } from './fault-words';
import { faultLogStrings } from './strings';
import { dayBound } from './time';

/** What the merchant typed or picked; `FaultFilter` is derived from it. */
export interface FilterInput {
  printerKey: string;
  kind: string;
  from: string;
  to: string;
}

/** Nothing chosen. */
export const NO_FILTER: FilterInput = { printerKey: '', kind: '', from: '', to: '' };

/** The store query for what was picked. */
export function filterOf(input: FilterInput): FaultFilter {
  const filter: FaultFilter = {};
  if (input.printerKey) filter.printerKey = input.printerKey;
  if (input.kind) filter.kind = input.kind as FaultKind;
  const from = dayBound(input.from);
  const to = dayBound(input.to, true);
  if (from !== undefined) filter.from = from;
  if (to !== undefined) filter.to = to;
  return filter;
}

/** The current choice, the printers to offer, and where changes go. */
export interface FiltersProps {
  value: FilterInput;
  printers: readonly LoggedPrinter[];
  onChange: (next: FilterInput) => void;
}

/** The filter bar. */
export function Filters({ value, printers, onChange }: FiltersProps) {
  const s = useStrings(faultLogStrings);
  const lang = useLang();
  const names = useStrings(printerNameStrings);
  const set = (field: keyof FilterInput) => (event: Event) =>
    onChange({ ...value, [field]: (event.currentTarget as HTMLInputElement | HTMLSelectElement).value });
  const kinds = Object.keys(FAULT_WORDS) as FaultKind[];
  return (
    <fieldset class="fault-filters card">
      <legend>{s.filters}</legend>
      <div class="fault-filter">
        <label for="fault-filter-printer">{s.printer}</label>
        <select id="fault-filter-printer" value={value.printerKey} onChange={set('printerKey')}>
          <option value="">{s.allPrinters}</option>
          {printers.map((p) => (
            <option key={p.printerKey} value={p.printerKey}>
              {p.printerKey === NO_PRINTER
                ? s.noPrinter
                : p.printer
                  ? printerWithConnection(p.printer, names, lang)
                  : p.printerKey}
            </option>
          ))}
        </select>
      </div>
      <div class="fault-filter">
        <label for="fault-filter-kind">{s.kind}</label>
        <select id="fault-filter-kind" value={value.kind} onChange={set('kind')}>
          <option value="">{s.allKinds}</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {FAULT_WORDS[kind][lang].title}
            </option>
          ))}
        </select>
      </div>
      <div class="fault-filter">
        <label for="fault-filter-from">{s.from}</label>
        <input id="fault-filter-from" type="date" value={value.from} onChange={set('from')} />
      </div>
      <div class="fault-filter">
        <label for="fault-filter-to">{s.to}</label>
        <input id="fault-filter-to" type="date" value={value.to} onChange={set('to')} />
      </div>
      <button type="button" onClick={() => onChange(NO_FILTER)} disabled={value === NO_FILTER}>
        {s.clearFilters}
      </button>
    </fieldset>
  );
}
