/** A small sale to print on the virtual printer, in the merchant's language, so the whole flow can be tried. */
import type { Receipt } from '../../receipt/types';
import { nowRfc3339 } from '../ereceipt/manual-receipt';
import type { Lang } from '../i18n';

/** A fresh sample receipt (new id and time on every call, so each try is its own sale). */
export function sampleReceipt(lang: Lang, now = new Date()): Receipt {
  const id = `DEMO-${now.getTime().toString(36).toUpperCase()}`;
  // The tablet's own clock and offset: receipts print the time as written, so UTC would be hours off.
  const time = nowRfc3339(now);
  if (lang === 'zh') {
    return {
      id,
      time,
      currency: 'CNY',
      locale: 'zh-CN',
      shop: { name: '示例便利店', address: '上海市徐汇区示例路1号' },
      items: [
        { name: '矿泉水 550ml', quantity: 2, unitPrice: 200, amount: 400 },
        { name: '红烧牛肉面', quantity: 1, unitPrice: 450, amount: 450 },
      ],
      total: 850,
      payments: [{ method: 'wechat', amount: 850, reference: '4200002135202611230001' }],
      footer: '谢谢惠顾！',
    };
  }
  return {
    id,
    time,
    currency: 'EUR',
    locale: 'en',
    shop: { name: 'Sample Café' },
    items: [
      { name: 'Espresso', quantity: 2, unitPrice: 180, amount: 360 },
      { name: 'Croissant', quantity: 1, unitPrice: 150, amount: 150 },
    ],
    total: 510,
    payments: [{ method: 'card', amount: 510, cardLast4: '4242' }],
    footer: 'Thank you!',
  };
}
