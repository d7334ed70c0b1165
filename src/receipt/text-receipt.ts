/**
 * The "text" QR mode: the receipt as plain readable text, for a customer whose phone has no data. Any QR
 * scanner shows it as is. One line per item and per payment, in the receipt's own language.
 */
import { formatMoney, formatQuantity } from './money';
import type { Receipt } from './types';
import { formatReceiptTime, receiptWords } from './words';

/** Plain text of a receipt: shop, id and time, items, adjustments, total, payments, change. */
export function receiptToText(receipt: Receipt): string {
  const words = receiptWords(receipt.locale);
  const money = (minor: number) => formatMoney(minor, receipt.currency);
  const lines = [
    receipt.shop.name,
    `${words.receiptNo} ${receipt.id}`,
    `${words.time} ${formatReceiptTime(receipt.time, receipt.locale)}`,
  ];
  for (const item of receipt.items) {
    const quantity =
      item.quantity === 1 && !item.unit ? '' : ` ×${formatQuantity(item.quantity)}${item.unit ?? ''}`;
    lines.push(`${item.name}${quantity} ${money(item.amount)}`);
  }
  for (const adjustment of receipt.adjustments ?? [])
    lines.push(`${adjustment.label} ${money(adjustment.amount)}`);
  lines.push(`${words.total} ${formatMoney(receipt.total, receipt.currency, { display: 'code' })}`);
  for (const payment of receipt.payments) {
    const card = payment.cardLast4 ? ` ****${payment.cardLast4}` : '';
    const reference = payment.reference ? ` ${words.reference} ${payment.reference}` : '';
    lines.push(
      `${payment.label ?? words.methods[payment.method]}${card} ${money(payment.amount)}${reference}`,
    );
  }
  if (receipt.change) lines.push(`${words.change} ${money(receipt.change)}`);
  return lines.join('\n');
}
