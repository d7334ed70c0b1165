/** The payment methods of the receipt schema's enum, in a module of their own so readers need no validator. */
import type { PaymentMethod } from './types';

/** The payment methods of the schema's enum; their order is also link format 1's method code. */
export const PAYMENT_METHODS: readonly PaymentMethod[] = [
  'cash',
  'card',
  'unionpay',
  'wechat',
  'alipay',
  'other',
];
