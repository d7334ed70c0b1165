/**
 * Branches about the sale rather than the printer: a payment that does not match the receipt, and a network
 * outage (what keeps working and what does not).
 */
import type { Step, StepId } from '../types';

/** Steps of the payment and network branches. */
export const COUNTER_STEPS: Readonly<Record<StepId, Step>> = {
  'payment-ask': {
    kind: 'question',
    title: {
      zh: '收款记录（刷卡机或收款码）上显示什么？',
      en: 'What does the payment record (card terminal or QR payment app) show?',
    },
    illustration: 'payment',
    choices: [
      { id: 'twice', label: { zh: '扣了两次款', en: 'Charged twice' }, next: 'end-charged-twice' },
      { id: 'none', label: { zh: '没有扣款', en: 'Not charged at all' }, next: 'end-not-charged' },
      {
        id: 'once',
        label: { zh: '扣了一次，金额正确', en: 'Charged once, the right amount' },
        next: 'end-payment-matches',
      },
    ],
  },
  'end-charged-twice': {
    kind: 'end',
    result: 'still-broken',
    title: { zh: '重复扣款：请在收款设备上退回一笔', en: 'Charged twice: refund one on the payment device' },
    body: {
      zh: '以收款记录为准，不要再收一次款。在刷卡机或收款 App 里退回重复的那笔，再按实收金额给顾客开电子小票。',
      en: 'The payment record is what counts; do not charge again. Refund the duplicate on the card terminal or payment app, then give the customer an e-receipt for what they paid.',
    },
  },
  'end-not-charged': {
    kind: 'end',
    result: 'still-broken',
    title: { zh: '没有扣款：请先重新收款', en: 'Not charged: take the payment again first' },
    body: {
      zh: '先在刷卡机或收款 App 里确认这笔款确实没有到账，再请顾客重新付款。收款成功后再开电子小票：小票本身不能证明已付款。',
      en: 'First check on the card terminal or payment app that this payment really did not arrive, then ask the customer to pay again. Give the e-receipt once the payment has gone through: a receipt alone is not proof of payment.',
    },
    eReceiptAfter: { zh: '顾客已重新付款', en: 'The customer has paid now' },
  },
  'end-payment-matches': {
    kind: 'end',
    result: 'carry-on',
    title: { zh: '收款和小票一致', en: 'The payment and the receipt agree' },
    body: {
      zh: '如果顾客想要，可以再开一张电子小票。',
      en: 'If the customer wants one, you can also give an e-receipt.',
    },
  },
  'network-check': {
    kind: 'check',
    check: 'network',
    title: { zh: '正在查看网络…', en: 'Checking the internet connection…' },
    on: { online: 'end-network-ok', offline: 'network-fix' },
  },
  'network-fix': {
    kind: 'fix',
    title: { zh: '没有网络，但可以继续营业', en: 'No internet, but you can keep selling' },
    body: {
      zh: '照常可用：打印小票、打印机状态、故障记录、故障排查，以及电子小票二维码（顾客用自己手机的流量打开）。暂时不能用：应用更新、在线分享故障报告、需要联网的收款设备。检查路由器或移动数据；网络恢复时这里会自动更新。',
      en: 'Still working: printing, printer status, the fault log, troubleshooting, and e-receipt QR codes (the customer opens them on their own mobile data). Not working for now: app updates, sharing the support report online, and payment devices that need the internet. Check the router or mobile data; this page moves on when the internet is back.',
    },
    illustration: 'network',
    watch: { check: 'network', until: ['online'] },
    then: 'network-recheck',
  },
  'network-recheck': {
    kind: 'check',
    check: 'network',
    title: { zh: '正在查看网络…', en: 'Checking the internet connection…' },
    on: { online: 'end-network-ok', offline: 'end-network-down' },
  },
  'end-network-ok': {
    kind: 'end',
    result: 'fixed',
    proof: 'network',
    title: { zh: '这台设备已联网', en: 'This device is online' },
    body: {
      zh: '本应用刚刚成功连上了自己的网站。如果收款设备仍然没有网络，请检查它自己的 Wi-Fi 或移动数据。',
      en: 'The app just reached its own website over the network. If a payment device still has no internet, check its own Wi-Fi or mobile data.',
    },
  },
  'end-network-down': {
    kind: 'end',
    result: 'still-broken',
    title: { zh: '网络仍然不通：继续离线营业', en: 'Still no internet: keep working offline' },
    body: {
      zh: '打印和电子小票二维码都不需要网络。',
      en: 'Printing and e-receipt QR codes do not need the internet.',
    },
  },
};
