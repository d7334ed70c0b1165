/**
 * The day summary as a settlement slip (日结单) laid out for the printer's paper: every line fits its columns
 * (CJK counting two), amounts right-aligned, the SHA-256 wrapped across lines. Laid out once as lines, then
 * encoded, so the same lines can be shown on screen and checked in tests.
 */
import { profileColumns, type PrinterProfile } from '../escpos/capabilities';
import { align, bold, charSize, type Command } from '../escpos/commands';
import { canEncode, encodedColumns, type TextEncoding } from '../escpos/encode';
import { EscPosJob } from '../escpos/job';
import { spread, unicodeColumns, wrapText, type ColumnMeasure } from '../escpos/text-width';
import { formatMoney } from '../receipt/money';
import { PAYMENT_METHODS } from '../receipt/payment-methods';
import { paperLanguage, paperWords, type PaperLanguage } from '../receipt/paper-language';
import type { DaySummary, Delivery } from './day-summary';

interface SlipWords {
  title: string;
  day: string;
  from: (hour: number) => string;
  printedAt: string;
  receipts: string;
  total: string;
  discounts: string;
  surcharges: string;
  change: string;
  refunds: string;
  delivery: Record<Exclude<Delivery, 'unknown'>, string>;
  reprints: string;
  faults: string;
  digest: string;
  mixedCurrencies: string;
}

const WORDS: Record<PaperLanguage, SlipWords> = {
  zh: {
    title: '日结单',
    day: '营业日',
    from: (h) => `${String(h).padStart(2, '0')}:00 起`,
    printedAt: '打印时间',
    receipts: '小票笔数',
    total: '营业合计',
    discounts: '优惠',
    surcharges: '附加费',
    change: '找零',
    refunds: '平台退款',
    delivery: { printed: '已打印', 'e-receipt': '电子小票', undelivered: '未送达' },
    reprints: '补打',
    faults: '打印机故障',
    digest: '校验 SHA-256',
    mixedCurrencies: '注意：当日有多种币种',
  },
  // Printed on a Big5 printer (no simplified characters in its font); Taiwan and Hong Kong usage.
  'zh-Hant': {
    title: '日結單',
    day: '營業日',
    from: (h) => `${String(h).padStart(2, '0')}:00 起`,
    printedAt: '列印時間',
    receipts: '收據筆數',
    total: '營業合計',
    discounts: '優惠',
    surcharges: '附加費',
    change: '找零',
    refunds: '平台退款',
    delivery: { printed: '已列印', 'e-receipt': '電子收據', undelivered: '未送達' },
    reprints: '補印',
    faults: '印表機故障',
    digest: '校驗 SHA-256',
    mixedCurrencies: '注意：當日有多種幣種',
  },
  en: {
    title: 'DAY CLOSE',
    day: 'Business day',
    from: (h) => `from ${String(h).padStart(2, '0')}:00`,
    printedAt: 'Printed',
    receipts: 'Receipts',
    total: 'Takings',
    discounts: 'Discounts',
    surcharges: 'Surcharges',
    change: 'Change given',
    refunds: 'Platform refunds',
    delivery: { printed: 'Printed', 'e-receipt': 'E-receipts', undelivered: 'Undelivered' },
    reprints: 'Reprints',
    faults: 'Printer faults',
    digest: 'Check SHA-256',
    mixedCurrencies: 'Note: more than one currency',
  },
};

/** One line of the slip. */
export type SlipLine = { text: string; align: 'left' | 'center'; bold?: boolean; double?: boolean };

export interface SlipOptions {
  /** Character columns at normal size (58 mm: 32, 80 mm: 48). */
  columns: number;
  /** The slip's language; Chinese is printed in Traditional characters on a Big5 printer whichever is given. */
  language: PaperLanguage;
  shopName?: string;
  /** Printed-at text (the caller formats local time with its offset). */
  printedAt?: string;
  /** Columns per character as the printer prints them. */
  measure?: ColumnMeasure;
  canShow?: (text: string) => boolean;
}

/** The slip as lines, each at most `columns` wide (double-size lines at most half). */
export function settlementSlipLines(summary: DaySummary, options: SlipOptions): SlipLine[] {
  const { columns, language } = options;
  const measure = options.measure ?? unicodeColumns;
  const w = WORDS[language];
  const methods = paperWords(language).methods;
  const money = (minor: number) =>
    formatMoney(minor, summary.currency, {
      display: 'symbol',
      paper: true,
      ...(options.canShow ? { canShow: options.canShow } : {}),
    });
  const lines: SlipLine[] = [];
  const text = (t: string, align: SlipLine['align'] = 'left', extra: Partial<SlipLine> = {}) => {
    const width = extra.double ? Math.floor(columns / 2) : columns;
    for (const part of wrapText(t, width, measure)) lines.push({ text: part, align, ...extra });
  };
  const row = (left: string, right: string, extra: Partial<SlipLine> = {}) => {
    const fitted = spread(left, right, columns, measure);
    if (fitted !== undefined) lines.push({ text: fitted, align: 'left', ...extra });
    else {
      text(left, 'left', extra);
      text(right, 'left', extra);
    }
  };
  const rule = () => lines.push({ text: '-'.repeat(columns), align: 'left' });

  text(w.title, 'center', { bold: true, double: true });
  if (options.shopName) text(options.shopName, 'center');
  rule();
  row(w.day, summary.day);
  if (summary.startHour !== 0) row('', w.from(summary.startHour));
  if (options.printedAt) row(w.printedAt, options.printedAt);
  rule();
  row(w.receipts, String(summary.receipts));
  row(w.total, money(summary.total), { bold: true });
  if (summary.mixedCurrencies) text(w.mixedCurrencies);
  rule();
  for (const method of PAYMENT_METHODS) {
    const m = summary.byMethod[method];
    if (m.count === 0) continue;
    row(`${methods[method]} (${m.count})`, money(m.amount));
  }
  rule();
  row(w.discounts, money(summary.discounts));
  if (summary.surcharges) row(w.surcharges, money(summary.surcharges));
  row(w.change, money(summary.change));
  row(`${w.refunds} (${summary.refunds.count})`, money(summary.refunds.amount));
  rule();
  for (const kind of ['printed', 'e-receipt', 'undelivered'] as const)
    row(w.delivery[kind], String(summary.delivery[kind]));
  row(w.reprints, String(summary.reprints));
  row(w.faults, String(summary.faults.count));
  rule();
  text(w.digest);
  text(summary.digest);
  return lines;
}

export interface SlipJob {
  bytes: Uint8Array;
  commands: readonly Command[];
  lines: SlipLine[];
}

/** The slip as ESC/POS for a printer profile, laid out for its paper. */
export function settlementSlipEscPos(
  summary: DaySummary,
  profile: PrinterProfile,
  options: Omit<SlipOptions, 'columns' | 'measure' | 'canShow'> & {
    encoding?: TextEncoding;
    columns?: number;
  },
): SlipJob {
  const encoding = options.encoding ?? profile.defaultEncoding;
  const columns = options.columns ?? profileColumns(profile);
  const lines = settlementSlipLines(summary, {
    ...options,
    language: paperLanguage(options.language, encoding),
    columns,
    measure: encoding === 'utf8' ? unicodeColumns : encodedColumns(encoding),
    canShow: (t) => canEncode(t, encoding),
  });
  const job = new EscPosJob({ profile, encoding }).initialize();
  for (const line of lines) {
    job.add(align(line.align), bold(line.bold ?? false), charSize(line.double ? 2 : 1, line.double ? 2 : 1));
    job.line(line.text);
  }
  job.add(align('left'), bold(false), charSize(1, 1)).cut();
  return { bytes: job.bytes(), commands: job.commands(), lines };
}
