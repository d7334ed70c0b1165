/** The ledger fixtures: one business day of a convenience store (2026-12-01, Shanghai) and its bills. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReceipt } from '../../src/receipt/validate';
import type { Receipt } from '../../src/receipt/types';
import type { ColumnMapping } from '../../src/ledger/mapped-bill';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'ledger');

export const BILL_FILES = {
  wechat: 'wechat-trade-2026-12-01.csv',
  wechatLegacy: 'wechat-trade-legacy-2026-12-01.csv',
  alipay: 'alipay-business-2026-12-01.csv',
  bank: 'bank-pos-2026-12-01.csv',
} as const;

export function ledgerPath(name: string): string {
  return join(DIR, name);
}

export function billBytes(name: keyof typeof BILL_FILES): Uint8Array {
  return new Uint8Array(readFileSync(ledgerPath(BILL_FILES[name])));
}

/** The day's receipts, each validated as the app would. */
export function dayReceipts(): Receipt[] {
  const list = JSON.parse(readFileSync(ledgerPath('day-receipts.json'), 'utf8')) as unknown[];
  return list.map((r) => parseReceipt(JSON.stringify(r)));
}

/** The column mapping a merchant makes once for the bank's POS export. */
export const BANK_MAPPING: ColumnMapping = {
  header: '交易日期时间,终端号,卡号,交易类型,交易金额,手续费,参考号,凭证号',
  label: '工商银行 POS',
  time: '交易日期时间',
  references: ['参考号', '凭证号'],
  amount: '交易金额',
  kind: '交易类型',
  refundValues: ['退货', '撤销'],
  fee: '手续费',
  methods: ['card', 'unionpay'],
};

/**
 * What reconciling the day's receipts against its WeChat Pay and Alipay bills must find, worked out by hand
 * from the fixtures: S1201-002/003/006/011 matched; 005 by amount and time; 004 keyed 32.00 for a 30.20
 * charge; 008 never charged; the 66.00 WeChat and 12.00 Alipay payments without a receipt; 007 a second
 * receipt for 006's payment; one refund on each bill; the two cash receipts and the card one unchecked.
 */
export const DAY_STATUS_COUNTS = {
  matched: 4,
  probable: 1,
  'amount-differs': 1,
  'not-on-bill': 1,
  'no-receipt': 2,
  duplicate: 1,
  refund: 2,
  'not-applicable': 3,
} as const;
