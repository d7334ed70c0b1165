/**
 * Reconciliation at shop scale, in Chromium: a 10,000-row WeChat Pay bill read from its bytes and matched
 * against 10,000 receipts, beside the naive way of matching (every receipt payment compared with every bill
 * row) on the same data in the same page.
 */
import type { Receipt } from '../src/receipt/types';
import type { readBill } from '../src/ledger/read-bill';
import type { reconcile } from '../src/ledger/reconcile';
import { withBenchPage } from './in-page';
import { median, type Figure } from './figures';

interface Ledger {
  readBill: typeof readBill;
  reconcile: typeof reconcile;
}

const COUNT = 10_000;
const RUNS = 5;
const NAIVE_RUNS = 3;

const BILL_HEADER =
  '交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注';

/** A day of 10,000 WeChat sales: 80 % carry the order number, the rest are found by amount and time. */
function data(): { receipts: Receipt[]; bill: string } {
  const start = Date.parse('2026-12-01T08:00:00+08:00');
  const receipts: Receipt[] = [];
  const lines = [BILL_HEADER];
  const pad = (n: number) => String(n).padStart(2, '0');
  for (let i = 0; i < COUNT; i++) {
    const at = start + i * 5_000; // one sale every 5 s: 14 hours
    const amount = 100 + ((i * 7919) % 20_000);
    const order = `WX${String(i).padStart(10, '0')}`;
    const local = new Date(at + 8 * 3_600_000);
    const time = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
    receipts.push({
      id: `R${i}`,
      time: new Date(at).toISOString(),
      currency: 'CNY',
      shop: { name: 'Bench' },
      items: [{ name: 'x', quantity: 1, unitPrice: amount, amount }],
      total: amount,
      payments: [{ method: 'wechat', amount, ...(i % 5 === 0 ? {} : { reference: order }) }],
    });
    const yuan = (amount / 100).toFixed(2);
    const f = [
      time,
      'wx1',
      '1900000109',
      '',
      '',
      `42${i}`,
      order,
      'o',
      'MICROPAY',
      'SUCCESS',
      'OTHERS',
      'CNY',
      yuan,
      '0.00',
      '',
      '',
      '0.00',
      '0.00',
      '',
      '',
      'x',
      '',
      '0.01000',
      '0.60%',
      yuan,
      '0.00',
      '',
    ];
    lines.push(f.map((v) => '`' + v).join(','));
  }
  lines.push('总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额');
  lines.push('`10000,`0,`0,`0,`0,`0,`0');
  return { receipts, bill: lines.join('\r\n') };
}

export default async function bench(): Promise<Figure[]> {
  const { receipts, bill } = data();
  return withBenchPage(async (page) => {
    // The page imports the modules itself (the dev server serves the sources).
    await page.addScriptTag({
      type: 'module',
      content:
        "import { readBill } from '/src/ledger/read-bill.ts'; import { reconcile } from '/src/ledger/reconcile.ts'; window.ledger = { readBill, reconcile };",
    });
    await page.waitForFunction(() => 'ledger' in window);
    const result = await page.evaluate(
      ({ receipts, bill, runs, naiveRuns }) => {
        const { readBill, reconcile } = (window as unknown as { ledger: Ledger }).ledger;
        const bytes = new TextEncoder().encode(bill);
        const time = (fn: () => void) => {
          const t = performance.now();
          fn();
          return performance.now() - t;
        };
        const read = () => {
          const r = readBill(bytes, { timeZone: 'Asia/Shanghai' });
          if (!r.ok) throw r.error;
          return r.bill;
        };
        const parsed = read();
        const parse: number[] = [];
        const match: number[] = [];
        let matched = 0;
        for (let i = 0; i < runs; i++) {
          parse.push(time(read));
          match.push(
            time(
              () =>
                (matched =
                  reconcile(receipts, [parsed]).summary.matched +
                  reconcile(receipts, [parsed]).summary.probable),
            ),
          );
        }
        // The naive way: each payment against every row, by reference, else nearest same amount in 3 minutes.
        const naive = () => {
          const taken = new Set<number>();
          let paired = 0;
          for (const r of receipts) {
            const p = r.payments[0]!;
            const t = Date.parse(r.time);
            let found = -1;
            for (let j = 0; j < parsed.rows.length; j++)
              if (p.reference !== undefined && parsed.rows[j]!.references.includes(p.reference)) found = j;
            if (found < 0) {
              let best = Infinity;
              for (let j = 0; j < parsed.rows.length; j++) {
                const row = parsed.rows[j]!;
                const gap = Math.abs(row.time - t);
                if (!taken.has(j) && row.amount === p.amount && gap <= 180_000 && gap < best) {
                  best = gap;
                  found = j;
                }
              }
            }
            if (found >= 0 && !taken.has(found)) {
              taken.add(found);
              paired++;
            }
          }
          return paired;
        };
        const naiveMs: number[] = [];
        let naivePaired = 0;
        for (let i = 0; i < naiveRuns; i++) naiveMs.push(time(() => (naivePaired = naive())));
        return { parse, match, naiveMs, matched, naivePaired };
      },
      { receipts, bill, runs: RUNS, naiveRuns: NAIVE_RUNS },
    );
    if (result.matched !== result.naivePaired)
      throw new Error(`the two matchers disagree: ${result.matched} vs ${result.naivePaired}`);
    return [
      {
        name: 'read a 10,000-row WeChat bill (bytes → rows)',
        unit: 'ms',
        value: median(result.parse),
        better: 'lower',
      },
      {
        name: 'match 10,000 receipts against it',
        unit: 'ms',
        value: median(result.match),
        better: 'lower',
        compare: { name: 'naive all-pairs match', value: median(result.naiveMs) },
      },
    ];
  });
}
