/** A payment platform's bill, read into one shape whatever its layout: the rows the matcher compares with receipts. */
import type { PaymentMethod } from '../receipt/types';

/** Who issued the bill: WeChat Pay, Alipay, or a bank / acquirer export read through a column mapping. */
export type BillPlatform = 'wechat' | 'alipay' | 'custom';

export interface BillRow {
  /** The same row imported twice has the same key (platform, kind and the platform's own numbers). */
  key: string;
  /** 1-based line of the file. */
  line: number;
  kind: 'payment' | 'refund';
  /** When the platform says it happened (ms since the epoch). */
  time: number;
  /** The row's own numbers: for a payment its trade numbers, for a refund its refund numbers. */
  references: string[];
  /** For a refund: the trade numbers of the payment it gives back. */
  originalReferences: string[];
  /** Minor units, positive: what the customer paid, or what was given back. */
  amount: number;
  /** Minor units the platform keeps (手续费 / 服务费); negative on a refund that returns part of a fee. */
  fee: number;
}

export interface Bill {
  platform: BillPlatform;
  /** Which layout was recognised, e.g. `wechat-trade`, `alipay-business`, `custom:<name>`. */
  layout: string;
  /** Receipt payment methods this bill speaks for. */
  methods: readonly PaymentMethod[];
  /** Merchant number the bill belongs to (商户号 / 支付宝账号), when the file says. */
  merchantId?: string;
  /** First and last-plus-one instant the bill covers. */
  period: { from: number; to: number };
  /** Calendar days (`YYYY-MM-DD`, in the platform's time zone) the bill covers. */
  days: string[];
  encoding: string;
  rows: BillRow[];
}

/** Methods each platform's bill speaks for. */
export const PLATFORM_METHODS: Record<Exclude<BillPlatform, 'custom'>, readonly PaymentMethod[]> = {
  wechat: ['wechat'],
  alipay: ['alipay'],
};

/**
 * WeChat Pay and Alipay print their bills in China Standard Time, whatever the merchant's device is set to
 * (pay.weixin.qq.com/doc/v2/merchant/4011987833: "交易时间"; opendocs.alipay.com bill download: 北京时间).
 */
export const PLATFORM_TIME_ZONE = 'Asia/Shanghai';
