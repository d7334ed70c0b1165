/**
 * The Alipay merchant bill, 业务明细 (trade details), as the merchant platform exports it and
 * alipay.data.dataservice.bill.downloadurl.query (bill_type trade) serves it. Facts of the layout, from
 * opendocs.alipay.com/open/02e7gr ("查询对账单下载地址") and the merchant platform's 对账中心 help:
 * - GBK text (the merchant platform's export), comma separated; values often end in tab characters;
 * - `#` lines above and below the data: `#支付宝业务明细查询`, `#账号：[2088…]`, `#起始日期：[2026年12月01日 00:00:00]
 *   终止日期：[…]`, then `#-----…业务明细列表…-----`; after the data `#-----…业务明细列表结束…-----`, then
 *   `#交易合计：…` and `#退款合计：…` footers;
 * - columns 支付宝交易号, 商户订单号, 业务类型 (交易 or 退款), 商品名称, 创建时间, 完成时间, 门店编号, 门店名称, 操作员,
 *   终端号, 对方账户, 订单金额（元）, 商家实收（元）, …, 退款批次号/请求号, 服务费（元）, 分润（元）, 备注;
 * - a refund row repeats the original 支付宝交易号 / 商户订单号, has its own 退款批次号/请求号, and a negative 商家实收.
 */
import { LedgerError } from './errors';
import { PLATFORM_METHODS, PLATFORM_TIME_ZONE, type Bill, type BillRow } from './bill';
import { daysBetween, periodOfRows } from './bill-period';
import { cell, findColumns } from './columns';
import type { CsvRow } from '../text/csv';
import { parseAmount } from './yuan';
import { instantOf, parseWallClock } from './zoned-time';

const COLUMNS = {
  tradeNo: { aliases: ['支付宝交易号'] },
  outTradeNo: { aliases: ['商户订单号'] },
  type: { aliases: ['业务类型'] },
  created: { aliases: ['创建时间'] },
  finished: { aliases: ['完成时间'], optional: true },
  orderAmount: { aliases: ['订单金额（元）', '订单金额(元)'] },
  received: { aliases: ['商家实收（元）', '商家实收(元)'], optional: true },
  refundNo: { aliases: ['退款批次号/请求号'], optional: true },
  fee: { aliases: ['服务费（元）', '服务费(元)'], optional: true },
} as const;

const LIST_START = '业务明细列表';
const LIST_END = '业务明细列表结束';

const lineText = (row: CsvRow): string => row.fields.join(',').trim();

/** True when the text has the 业务明细列表 marker line of an Alipay bill. */
export function isAlipayBill(rows: readonly CsvRow[]): boolean {
  return rows.some((r) => {
    const text = lineText(r);
    return text.startsWith('#') && text.includes(LIST_START);
  });
}

const clean = (s: string): string => s.replace(/^[\s\t]+|[\s\t]+$/g, '');

/** `[2026年12月01日 00:00:00]` → a wall clock string the time parser reads. */
function headerTime(text: string): string | undefined {
  const m = /(\d{4})年(\d{1,2})月(\d{1,2})日\s*(\d{1,2}:\d{2}(?::\d{2})?)/.exec(text);
  return m ? `${m[1]}-${m[2]}-${m[3]} ${m[4]}` : undefined;
}

export function readAlipayBill(rows: readonly CsvRow[], encoding: string): Bill {
  const start = rows.findIndex((r) => lineText(r).startsWith('#') && lineText(r).includes(LIST_START));
  const end = rows.findIndex(
    (r, i) => i > start && lineText(r).startsWith('#') && lineText(r).includes(LIST_END),
  );
  if (end < 0)
    throw new LedgerError(
      'bill-truncated',
      `the Alipay bill has no line "${LIST_END}": the file was cut short`,
    );
  const preamble = rows.slice(0, start).map(lineText);
  const account = preamble.map((l) => /账号[：:]\s*\[?([^\]\s]+)\]?/.exec(l)?.[1]).find(Boolean);
  const periodLine = preamble.find((l) => l.includes('起始日期'));
  const [fromText, toText] = periodLine ? periodLine.split('终止日期').map(headerTime) : [];

  const header = rows[start + 1];
  if (!header || start + 1 >= end)
    throw new LedgerError('bill-truncated', 'the Alipay bill has no column header after its list marker');
  const c = findColumns(header.fields, COLUMNS);
  const out: BillRow[] = [];
  for (const row of rows.slice(start + 2, end)) {
    if (row.fields.every((f) => clean(f) === '')) continue;
    const get = (column: number) => cell(row.fields, column, clean);
    const bad = (what: string): never => {
      throw new LedgerError('bill-bad-row', `line ${row.line}: ${what}`, row.line);
    };
    const timeText = get(c.finished) || get(c.created);
    const wall = parseWallClock(timeText) ?? bad(`完成时间 "${timeText}" is not a time`);
    const time = instantOf(wall, PLATFORM_TIME_ZONE);
    const trade = [get(c.tradeNo), get(c.outTradeNo)].filter(Boolean);
    const feeText = get(c.fee) || '0';
    const fee = Math.abs(parseAmount(feeText) ?? bad(`服务费 "${feeText}" is not an amount`));
    const type = get(c.type);
    if (type === '交易') {
      const amount =
        parseAmount(get(c.orderAmount)) ?? bad(`订单金额 "${get(c.orderAmount)}" is not an amount`);
      out.push({
        key: `alipay:payment:${trade[0] ?? row.line}`,
        line: row.line,
        kind: 'payment',
        time,
        references: trade,
        originalReferences: [],
        amount,
        fee,
      });
    } else if (type === '退款') {
      const text = get(c.received) || get(c.orderAmount);
      const amount = parseAmount(text) ?? bad(`商家实收 "${text}" is not an amount`);
      const refundNo = get(c.refundNo);
      out.push({
        key: `alipay:refund:${trade[0] ?? row.line}:${refundNo}`,
        line: row.line,
        kind: 'refund',
        time,
        references: refundNo ? [refundNo] : [],
        originalReferences: trade,
        amount: Math.abs(amount),
        fee: -fee,
      });
    } else bad(`业务类型 "${type}" is not 交易 or 退款`);
  }

  const fromWall = fromText === undefined ? undefined : parseWallClock(fromText);
  const toWall = toText === undefined ? undefined : parseWallClock(toText);
  const fromRows = periodOfRows(out, PLATFORM_TIME_ZONE);
  const period =
    fromWall && toWall
      ? { from: instantOf(fromWall, PLATFORM_TIME_ZONE), to: instantOf(toWall, PLATFORM_TIME_ZONE) }
      : fromRows.period;
  return {
    platform: 'alipay',
    layout: 'alipay-business',
    methods: PLATFORM_METHODS.alipay,
    ...(account ? { merchantId: account } : {}),
    period,
    days: fromWall && toWall ? daysBetween(period.from, period.to, PLATFORM_TIME_ZONE) : fromRows.days,
    encoding,
    rows: out,
  };
}
