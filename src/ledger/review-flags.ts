/**
 * What a person should look at when reviewing receipts: one payment reference on two receipts, the same amount
 * taken by the same method twice within two minutes (a possible double charge), a receipt that never reached
 * the customer, and reprints. Pure: the caller says how each receipt was delivered.
 */
import type { PaymentMethod, Receipt } from '../receipt/types';

/** How a receipt stands, in the words a merchant uses (the journal's states folded into four). */
export type ReviewState = 'printed' | 'e-receipt' | 'failed' | 'pending';

export interface ReviewRecord {
  receipt: Receipt;
  state: ReviewState;
  /** Printed again after a failure. */
  reprinted: boolean;
}

export type ReviewFlag =
  /** Another receipt carries this payment reference too. */
  | { kind: 'same-reference'; reference: string; others: string[] }
  /** Another receipt took the same amount by the same method within `DOUBLE_CHARGE_WINDOW_MS`. */
  | { kind: 'double-charge'; method: PaymentMethod; amount: number; others: string[] }
  /** Still pending, or failed without an e-receipt: the customer has no receipt. */
  | { kind: 'undelivered' }
  | { kind: 'reprinted' };

export type ReviewFlagKind = ReviewFlag['kind'];

/** Two payments closer than this (by the receipts' own times) are a possible double charge. */
export const DOUBLE_CHARGE_WINDOW_MS = 2 * 60_000;

/** The flags of each receipt that has any, by receipt id (flag order: references, charges, delivery, reprint). */
export function reviewFlags(records: readonly ReviewRecord[]): Map<string, ReviewFlag[]> {
  const flags = new Map<string, ReviewFlag[]>();
  const add = (id: string, flag: ReviewFlag) => flags.set(id, [...(flags.get(id) ?? []), flag]);

  const byReference = new Map<string, Set<string>>();
  for (const { receipt } of records)
    for (const p of receipt.payments) {
      if (!p.reference) continue;
      const ids = byReference.get(p.reference) ?? new Set<string>();
      ids.add(receipt.id);
      byReference.set(p.reference, ids);
    }
  for (const [reference, ids] of byReference) {
    if (ids.size < 2) continue;
    for (const id of ids)
      add(id, { kind: 'same-reference', reference, others: [...ids].filter((o) => o !== id) });
  }

  const payments = records
    .flatMap(({ receipt }) =>
      receipt.payments.map((p) => ({
        id: receipt.id,
        method: p.method,
        amount: p.amount,
        at: Date.parse(receipt.time),
      })),
    )
    .sort((a, b) =>
      a.method < b.method ? -1 : a.method > b.method ? 1 : a.amount - b.amount || a.at - b.at,
    );
  const close = new Map<string, { method: PaymentMethod; amount: number; others: Set<string> }>();
  for (let i = 0; i < payments.length; i++) {
    const a = payments[i]!;
    for (let j = i + 1; j < payments.length; j++) {
      const b = payments[j]!;
      if (b.method !== a.method || b.amount !== a.amount || b.at - a.at > DOUBLE_CHARGE_WINDOW_MS) break;
      if (b.id === a.id) continue;
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const) {
        const key = `${x.id}\u0000${x.method}\u0000${x.amount}`;
        const known = close.get(key) ?? { method: x.method, amount: x.amount, others: new Set<string>() };
        known.others.add(y.id);
        close.set(key, known);
      }
    }
  }
  for (const [key, { method, amount, others }] of close)
    add(key.split('\u0000')[0]!, { kind: 'double-charge', method, amount, others: [...others] });

  for (const { receipt, state, reprinted } of records) {
    if (state === 'pending' || state === 'failed') add(receipt.id, { kind: 'undelivered' });
    if (reprinted) add(receipt.id, { kind: 'reprinted' });
  }
  return flags;
}
