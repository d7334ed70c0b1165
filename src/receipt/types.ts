/**
 * One sale's receipt, as the public input format describes it (`docs/receipt.schema.json`). Money is always integer minor units of `currency` (fen, cents).
 */

export type PaymentMethod = 'cash' | 'card' | 'unionpay' | 'wechat' | 'alipay' | 'other';

export interface ReceiptShop {
  name: string;
  address?: string;
  phone?: string;
  taxId?: string;
}

export interface ReceiptItem {
  name: string;
  sku?: string;
  /** May be fractional (weighed goods). */
  quantity: number;
  unit?: string;
  unitPrice: number;
  /** Line total as charged (rounded by the POS). */
  amount: number;
}

export interface ReceiptAdjustment {
  label: string;
  /** Negative for a discount, positive for a surcharge. */
  amount: number;
}

export interface ReceiptPayment {
  method: PaymentMethod;
  label?: string;
  amount: number;
  /** Acquirer or wallet transaction number, for matching against the bank bill. */
  reference?: string;
  /** Only ever the last four digits of a card number. */
  cardLast4?: string;
}

export interface Receipt {
  id: string;
  /** RFC 3339 with offset. */
  time: string;
  /** ISO 4217, e.g. "CNY". */
  currency: string;
  /** BCP 47, e.g. "zh-CN" or "en". */
  locale?: string;
  shop: ReceiptShop;
  cashier?: string;
  terminal?: string;
  items: ReceiptItem[];
  adjustments?: ReceiptAdjustment[];
  total: number;
  payments: ReceiptPayment[];
  change?: number;
  note?: string;
  footer?: string;
}
