/**
 * Money and quantities as printed: integer minor units → text, with the currency's own number of minor
 * digits (ISO 4217 exponents), thousands grouping, and the symbol the paper can show.
 */

// ISO 4217 currencies whose minor unit is not 2 digits.
const ZERO_DIGITS = new Set('BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF'.split(' '));
const THREE_DIGITS = new Set('BHD IQD JOD KWD LYD OMR TND'.split(' '));

/** Number of minor-unit digits of an ISO 4217 currency (JPY 0, CNY 2, KWD 3). */
export function minorDigits(currency: string): 0 | 2 | 3 {
  if (ZERO_DIGITS.has(currency)) return 0;
  return THREE_DIGITS.has(currency) ? 3 : 2;
}

// Symbols we print in place of the code. On paper CNY uses the fullwidth ￥ (U+FFE5): the halfwidth ¥ is
// four bytes in GB18030 and prints as garbage on many Chinese printers (escpos-status.md, "Chinese text").
const SYMBOLS: Record<string, string> = {
  CNY: '¥',
  JPY: '¥',
  EUR: '€',
  USD: '$',
  GBP: '£',
  HKD: 'HK$',
  TWD: 'NT$',
  KRW: '₩',
  INR: '₹',
  RUB: '₽',
};
const PAPER_SYMBOLS: Record<string, string> = { CNY: '￥' };

/** The symbol for a currency (`paper`: the form printers show well), or `undefined` when it has none. */
export function currencySymbol(currency: string, paper = false): string | undefined {
  return (paper ? PAPER_SYMBOLS[currency] : undefined) ?? SYMBOLS[currency];
}

/** How to show the currency beside an amount. */
export type CurrencyDisplay = 'none' | 'symbol' | 'code';

/** Options for `formatMoney`. */
export interface MoneyOptions {
  display?: CurrencyDisplay;
  /** Use the paper form of the symbol (￥ for CNY). */
  paper?: boolean;
  /**
   * Whether the target can show a string (e.g. the printer's encoding has the character); a symbol it
   * cannot show is replaced by the ISO code.
   */
  canShow?: (text: string) => boolean;
}

/** Digits with thousands grouping: 1234567 → "1,234,567". */
function grouped(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/**
 * Integer minor units as text, e.g. formatMoney(44870, 'CNY', { display: 'symbol', paper: true }) →
 * "￥448.70"; JPY 1500 → "¥1,500"; KWD 1234 → "KWD 1.234". Grouping "," and decimal "." as in zh-CN and en.
 */
export function formatMoney(minor: number, currency: string, options: MoneyOptions = {}): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Money must be whole minor units, got ${minor}.`);
  const digits = minorDigits(currency);
  const abs = Math.abs(minor);
  const scale = 10 ** digits;
  const whole = grouped(String(Math.floor(abs / scale)));
  const number = digits === 0 ? whole : `${whole}.${String(abs % scale).padStart(digits, '0')}`;
  const sign = minor < 0 ? '-' : '';
  const display = options.display ?? 'none';
  if (display === 'none') return sign + number;
  const symbol = display === 'symbol' ? currencySymbol(currency, options.paper) : undefined;
  if (symbol !== undefined && (options.canShow?.(symbol) ?? true)) return `${sign}${symbol}${number}`;
  return `${sign}${currency} ${number}`;
}

/** A quantity as printed: whole numbers plain, fractions to at most 3 decimals without trailing zeros. */
export function formatQuantity(quantity: number): string {
  if (Number.isInteger(quantity)) return String(quantity);
  return quantity.toFixed(3).replace(/0+$/, '');
}
