/**
 * The WeChat Pay merchant trade bill (交易账单, bill_type ALL) as the merchant platform and the downloadbill API
 * give it. Facts of the layout, from pay.weixin.qq.com/doc/v2/merchant/4011987833 ("下载交易账单") and
 * pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_6:
 * - the first line is the header: 交易时间, 公众账号ID, 商户号, 特约商户号, 设备号, 微信订单号, 商户订单号, 用户标识,
 *   交易类型, 交易状态, 付款银行, 货币种类, 应结订单金额, 代金券金额, 微信退款单号, 商户退款单号, 退款金额,
 *   充值券退款金额, 退款类型, 退款状态, 商品名称, 商户数据包, 手续费, 费率, 订单金额, 申请退款金额, 费率备注 — older
 *   bills say 总金额 where newer ones say 应结订单金额, and have no 订单金额 column;
 * - every data value starts with a backtick (`) so Excel keeps long numbers as text;
 * - 交易状态 is SUCCESS for a payment, REFUND for a refund, REVOKED for a cancelled payment (both give money back);
 *   a refund row carries the original 微信订单号 / 商户订单号 and its own 微信退款单号 / 商户退款单号;
 * - amounts are in yuan; 手续费 has five decimals ("rounded to 2, padded with 3 zeros") and is negative on a
 *   refund that returns part of the fee;
 * - the last two lines are a summary header (总交易单数, …) and its values.
 */
import { LedgerError } from './errors';
import { PLATFORM_METHODS, PLATFORM_TIME_ZONE, type Bill, type BillRow } from './bill';
import { periodOfRows } from './bill-period';
import { cell, findColumns } from './columns';
import type { CsvRow } from '../text/csv';
import { parseAmount } from './yuan';
import { instantOf, parseWallClock } from './zoned-time';

const COLUMNS = {
  time: { aliases: ['交易时间'] },
  merchant: { aliases: ['商户号'] },
  subMerchant: { aliases: ['特约商户号', '子商户号'], optional: true },
  transactionId: { aliases: ['微信订单号'] },
  outTradeNo: { aliases: ['商户订单号'] },
  status: { aliases: ['交易状态'] },
  settled: { aliases: ['应结订单金额', '总金额'] },
  refundId: { aliases: ['微信退款单号'], optional: true },
  outRefundNo: { aliases: ['商户退款单号'], optional: true },
  refundAmount: { aliases: ['退款金额'], optional: true },
  requestedRefund: { aliases: ['申请退款金额'], optional: true },
  fee: { aliases: ['手续费'], optional: true },
  orderAmount: { aliases: ['订单金额'], optional: true },
} as const;

const SUMMARY_HEADER = '总交易单数';

/** True when the first row looks like a WeChat trade bill's header. */
export function isWechatBill(rows: readonly CsvRow[]): boolean {
  const header = rows[0]?.fields.map((f) => f.trim()) ?? [];
  return header.includes('交易时间') && header.includes('微信订单号');
}

const unTick = (s: string): string => s.trim().replace(/^`/, '').trim();

export function readWechatBill(rows: readonly CsvRow[], encoding: string): Bill {
  const header = rows[0]!;
  const c = findColumns(header.fields, COLUMNS);
  const legacy = !header.fields.some((h) => h.trim() === '应结订单金额');
  const out: BillRow[] = [];
  let merchantId: string | undefined;
  let summarised = false;
  for (const row of rows.slice(1)) {
    const first = unTick(row.fields[0] ?? '');
    if (first === SUMMARY_HEADER) {
      summarised = true;
      break;
    }
    if (row.fields.every((f) => unTick(f) === '')) continue;
    const get = (column: number) => cell(row.fields, column, unTick);
    const bad = (what: string): never => {
      throw new LedgerError('bill-bad-row', `line ${row.line}: ${what}`, row.line);
    };
    const wall = parseWallClock(get(c.time)) ?? bad(`交易时间 "${get(c.time)}" is not a time`);
    const time = instantOf(wall, PLATFORM_TIME_ZONE);
    merchantId ??= get(c.subMerchant) || get(c.merchant) || undefined;
    const status = get(c.status).toUpperCase();
    const transactionId = get(c.transactionId);
    const outTradeNo = get(c.outTradeNo);
    const trade = [transactionId, outTradeNo].filter(Boolean);
    const fee = parseAmount(get(c.fee) || '0') ?? bad(`手续费 "${get(c.fee)}" is not an amount`);
    if (status === 'SUCCESS') {
      const text = get(c.orderAmount) || get(c.settled);
      const amount = parseAmount(text) ?? bad(`amount "${text}" is not an amount`);
      out.push({
        key: `wechat:payment:${transactionId || outTradeNo}`,
        line: row.line,
        kind: 'payment',
        time,
        references: trade,
        originalReferences: [],
        amount,
        fee,
      });
    } else if (status === 'REFUND' || status === 'REVOKED') {
      const text = get(c.refundAmount) || get(c.requestedRefund) || get(c.settled);
      const amount = parseAmount(text) ?? bad(`退款金额 "${text}" is not an amount`);
      const own = [get(c.refundId), get(c.outRefundNo)].filter(Boolean);
      out.push({
        key: `wechat:refund:${transactionId || outTradeNo}:${own[0] ?? status}`,
        line: row.line,
        kind: 'refund',
        time,
        references: own,
        originalReferences: trade,
        amount: Math.abs(amount),
        fee,
      });
    } else bad(`交易状态 "${status}" is not SUCCESS, REFUND or REVOKED`);
  }
  if (!summarised)
    throw new LedgerError(
      'bill-truncated',
      `the WeChat Pay bill ends without its summary line (${SUMMARY_HEADER}…): the file was cut short`,
    );
  return {
    platform: 'wechat',
    layout: legacy ? 'wechat-trade-legacy' : 'wechat-trade',
    methods: PLATFORM_METHODS.wechat,
    ...(merchantId ? { merchantId } : {}),
    ...periodOfRows(out, PLATFORM_TIME_ZONE),
    encoding,
    rows: out,
  };
}
