/**
 * The support report: who the printer is, how it is connected and set up, what the wizard tried and saw (with
 * times), and the recent faults. Pure: the app gathers the inputs and copies, shares or downloads the result.
 */
import type { FaultObservation } from '../printer/faults';
import { FLOW } from './flows';
import { endOf } from './step';
import type { Flow, Observation, PrinterSnapshot, StartReason, Text, WizardState } from './types';

/** Everything a report is built from. */
export interface ReportInput {
  run: WizardState;
  printer: PrinterSnapshot;
  /** The app's printer settings (encoding, serial speed, send size, …) as plain values. */
  settings: Readonly<Record<string, string | number | boolean>>;
  /** Newest first is not required; the report sorts them. */
  recentFaults: readonly FaultObservation[];
  environment: { userAgent: string; online: boolean; appVersion?: string };
  generatedAt: number;
  lang: 'zh' | 'en';
}

/** One step of the run as the JSON report records it. */
export interface ReportStep {
  at: string;
  step: string;
  title: string;
  observation: Observation;
}

/** The machine-readable half of a report (stable keys, English titles). */
export interface SupportReportJson {
  format: 'receipt-rescue-support/1';
  generatedAt: string;
  printer: Record<string, unknown>;
  settings: Readonly<Record<string, string | number | boolean>>;
  run: { startedAt: string; reason: StartReason; at: string; result: string; steps: ReportStep[] };
  recentFaults: Record<string, unknown>[];
  environment: ReportInput['environment'];
}

/** A report ready to copy (text), attach (json) or download (filename). */
export interface SupportReport {
  text: string;
  json: SupportReportJson;
  filename: string;
}

const LABELS = {
  heading: { zh: '小票急救 故障报告', en: 'Receipt Rescue support report' },
  generated: { zh: '生成时间', en: 'Generated' },
  printer: { zh: '打印机', en: 'Printer' },
  connection: { zh: '连接', en: 'Connection' },
  settings: { zh: '设置', en: 'Settings' },
  tried: { zh: '排查过程', en: 'What was tried and observed' },
  result: { zh: '结果', en: 'Result' },
  faults: { zh: '最近的故障', en: 'Recent faults' },
  environment: { zh: '浏览器', en: 'Browser' },
  none: { zh: '无', en: 'none' },
  answered: { zh: '回答', en: 'Answer' },
  done: { zh: '商户已完成此步', en: 'Merchant did this' },
  checked: { zh: '检查', en: 'Check' },
  fixed: { zh: '已解决', en: 'Fixed' },
  broken: { zh: '未解决', en: 'Still broken' },
  carryOn: { zh: '可以继续', en: 'Carry on' },
  running: { zh: '未结束', en: 'Not finished' },
  online: { zh: '在线', en: 'online' },
  offline: { zh: '离线', en: 'offline' },
} satisfies Record<string, Text>;

const iso = (ms: number): string => new Date(ms).toISOString();
const hex = (bytes: readonly number[]): string =>
  bytes.map((byte) => byte.toString(16).padStart(2, '0').toUpperCase()).join(' ');
const hex4 = (value: number | undefined): string | undefined =>
  value === undefined ? undefined : `0x${value.toString(16).padStart(4, '0').toUpperCase()}`;

function printerFacts(printer: PrinterSnapshot): Record<string, unknown> {
  const identity = printer.state === 'not-connected' ? undefined : printer.identity;
  const facts: Record<string, unknown> = {
    state: printer.state,
    name: identity?.name,
    transport: identity?.transport,
    manufacturer: identity?.manufacturer,
    product: identity?.product,
    vendorId: hex4(identity?.vendorId),
    productId: hex4(identity?.productId),
    serialNumber: identity?.serialNumber,
  };
  if (printer.state === 'connected') {
    facts.answering = printer.answering;
    facts.faults = [...printer.faults];
    if (printer.status) {
      const { raw, ...status } = printer.status;
      facts.status = status;
      facts.rawStatus = hex(raw);
    }
  }
  if (printer.state === 'lost') facts.error = `${printer.error.code}: ${printer.error.message}`;
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined));
}

function describe(observation: Observation, stepId: string, flow: Flow, lang: 'zh' | 'en'): string {
  switch (observation.kind) {
    case 'checked': {
      const detail = observation.detail ? ` (${observation.detail})` : '';
      return `${LABELS.checked[lang]} ${observation.check}: ${observation.outcome}${detail}`;
    }
    case 'answered': {
      const step = flow[stepId];
      const choice =
        step?.kind === 'question' ? step.choices.find((c) => c.id === observation.choice) : undefined;
      return `${LABELS.answered[lang]}: ${choice ? choice.label[lang] : observation.choice}`;
    }
    case 'fix-done':
      return LABELS.done[lang];
  }
}

/** Builds the report in the merchant's language (text) and in stable English keys (json). */
export function buildSupportReport(input: ReportInput, flow: Flow = FLOW): SupportReport {
  const { run, lang } = input;
  const end = endOf(run, flow);
  const result = end ? end.result : 'running';
  const titleOf = (id: string, l: 'zh' | 'en') => flow[id]?.title[l] ?? id;
  const steps: ReportStep[] = run.history.map((entry) => ({
    at: iso(entry.observation.at),
    step: entry.step,
    title: titleOf(entry.step, 'en'),
    observation: entry.observation,
  }));
  const faults = [...input.recentFaults]
    .sort((a, b) => b.at - a.at)
    .map((fault) => ({
      at: iso(fault.at),
      kind: fault.kind,
      printer: fault.printer?.name ?? null,
      activity: fault.activity.kind,
      raw: hex(fault.raw),
      ...(fault.detail ? { detail: fault.detail } : {}),
    }));
  const json: SupportReportJson = {
    format: 'receipt-rescue-support/1',
    generatedAt: iso(input.generatedAt),
    printer: printerFacts(input.printer),
    settings: input.settings,
    run: { startedAt: iso(run.startedAt), reason: run.reason, at: run.at, result, steps },
    recentFaults: faults,
    environment: input.environment,
  };

  const RESULT_WORDS = {
    fixed: LABELS.fixed,
    'still-broken': LABELS.broken,
    'carry-on': LABELS.carryOn,
    running: LABELS.running,
  };
  const resultWord = RESULT_WORDS[result];
  const lines = [
    LABELS.heading[lang],
    `${LABELS.generated[lang]}: ${json.generatedAt}`,
    '',
    `## ${LABELS.printer[lang]}`,
    ...Object.entries(json.printer).map(([key, value]) => `${key}: ${format(value)}`),
    '',
    `## ${LABELS.settings[lang]}`,
    ...(Object.keys(input.settings).length
      ? Object.entries(input.settings).map(([key, value]) => `${key}: ${String(value)}`)
      : [LABELS.none[lang]]),
    '',
    `## ${LABELS.tried[lang]}`,
    ...run.history.map(
      (entry) =>
        `${iso(entry.observation.at)}  ${titleOf(entry.step, lang)} — ${describe(entry.observation, entry.step, flow, lang)}`,
    ),
    `${LABELS.result[lang]}: ${resultWord[lang]} — ${titleOf(run.at, lang)}`,
    '',
    `## ${LABELS.faults[lang]}`,
    ...(faults.length
      ? faults.map(
          (f) =>
            `${f.at}  ${f.kind}  ${f.activity}${f.raw ? `  [${f.raw}]` : ''}${f.detail ? `  ${f.detail}` : ''}`,
        )
      : [LABELS.none[lang]]),
    '',
    `## ${LABELS.environment[lang]}`,
    input.environment.userAgent,
    input.environment.online ? LABELS.online[lang] : LABELS.offline[lang],
    ...(input.environment.appVersion ? [input.environment.appVersion] : []),
  ];
  const stamp = json.generatedAt.replace(/[:.]/g, '-');
  return { text: lines.join('\n') + '\n', json, filename: `receipt-rescue-support-${stamp}` };
}

function format(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
