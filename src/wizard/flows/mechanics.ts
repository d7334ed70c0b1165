/**
 * Branches about the printer's own mechanics and errors: cover, cutter, print head temperature, error lights,
 * restarting, and the ends that hand over to service.
 */
import type { Step, StepId } from '../types';
import { afterFixing, CHECKING_AGAIN, statusRoutes } from './routes';

/** Steps of the cover, cutter, heat, restart and error-light branches. */
export const MECHANICS_STEPS: Readonly<Record<StepId, Step>> = {
  'cover-fix': {
    kind: 'fix',
    title: { zh: '纸仓盖开着', en: 'The cover is open' },
    body: {
      zh: '把打印机的盖子用力按下，直到听到“咔哒”一声。',
      en: 'Press the printer’s cover down firmly until it clicks.',
    },
    illustration: 'cover',
    watch: { check: 'status', until: afterFixing('cover-open') },
    then: 'cover-recheck',
  },
  'cover-recheck': {
    kind: 'check',
    check: 'status',
    title: CHECKING_AGAIN,
    on: statusRoutes('end-cover-fixed', { 'cover-open': 'cover-ask' }),
  },
  'cover-ask': {
    kind: 'question',
    title: { zh: '打印机仍然说盖子开着', en: 'The printer still says the cover is open' },
    illustration: 'cover',
    choices: [
      { id: 'blocked', label: { zh: '盖子关不上', en: 'The cover will not shut' }, next: 'jam-fix' },
      {
        id: 'shut',
        label: { zh: '盖子已经关好了', en: 'It is shut and clicked' },
        next: 'end-needs-service',
      },
    ],
  },
  'end-cover-fixed': {
    kind: 'end',
    result: 'fixed',
    proof: 'status',
    title: { zh: '盖子已关好，打印机就绪', en: 'Cover closed — the printer is ready' },
  },
  'cutter-fix': {
    kind: 'fix',
    title: { zh: '切刀卡住了', en: 'The cutter is stuck' },
    body: {
      zh: '关掉打印机电源。打开盖子，取出切刀附近的碎纸（小心刀片）。关好盖子，再打开电源。',
      en: 'Switch the printer off. Open the cover and remove any scraps of paper near the cutter (mind the blade). Close the cover and switch the printer on again.',
    },
    illustration: 'cutter',
    watch: { check: 'status', until: afterFixing('cutter-jam') },
    then: 'cutter-recheck',
  },
  'cutter-recheck': {
    kind: 'check',
    check: 'status',
    title: CHECKING_AGAIN,
    on: statusRoutes('end-printer-ready', { 'cutter-jam': 'cutter-history' }),
  },
  'cutter-history': {
    kind: 'check',
    check: 'fault-history',
    title: { zh: '正在查看故障记录…', en: 'Looking at the fault log…' },
    on: { recurring: 'end-needs-service-recurring', rare: 'end-needs-service' },
  },
  'heat-fix': {
    kind: 'fix',
    title: { zh: '打印头太热了', en: 'The print head is too hot' },
    body: {
      zh: '先不要打印，让打印机开着冷却几分钟。别让它晒太阳，也别放在热源旁边。冷却后会自动恢复。',
      en: 'Stop printing and leave the printer switched on to cool down for a few minutes. Keep it out of the sun and away from heat. It recovers by itself once cool.',
    },
    details: {
      zh: '打印机通过 DLE EOT 3 报告“可自动恢复的错误”（打印头温度保护）。',
      en: 'The printer reports an auto-recoverable error (head temperature protection) in its DLE EOT 3 reply.',
    },
    illustration: 'thermometer',
    watch: { check: 'status', until: afterFixing('overheated') },
    then: 'heat-recheck',
  },
  'heat-recheck': {
    kind: 'check',
    check: 'status',
    title: CHECKING_AGAIN,
    on: statusRoutes('end-heat-fixed', { overheated: 'heat-wait-ask' }),
  },
  'heat-wait-ask': {
    kind: 'question',
    title: { zh: '打印头还没冷却', en: 'The print head has not cooled yet' },
    illustration: 'thermometer',
    choices: [
      { id: 'wait', label: { zh: '再等一会儿', en: 'Wait a little longer' }, next: 'heat-fix' },
      {
        id: 'waited',
        label: { zh: '已经等了 10 分钟以上', en: 'It has been over 10 minutes' },
        next: 'end-needs-service',
      },
    ],
  },
  'end-heat-fixed': {
    kind: 'end',
    result: 'fixed',
    proof: 'status',
    title: { zh: '已冷却，打印机就绪', en: 'Cooled down — the printer is ready' },
    body: {
      zh: '连续打印很多长小票时会再次过热，中间稍作停顿即可。',
      en: 'Long runs of big receipts can heat it up again; short pauses between them help.',
    },
  },
  'restart-fix': {
    kind: 'fix',
    title: { zh: '打印机出错了，请重启', en: 'The printer has an error: restart it' },
    body: {
      zh: '关掉打印机电源，等 10 秒，再打开。',
      en: 'Switch the printer off, wait 10 seconds, and switch it on again.',
    },
    illustration: 'power-light',
    watch: { check: 'status', until: ['ready'] },
    then: 'restart-recheck',
  },
  'restart-recheck': {
    kind: 'check',
    check: 'status',
    title: CHECKING_AGAIN,
    on: statusRoutes('end-printer-ready', {
      'unrecoverable-error': 'end-needs-service',
      'recoverable-error': 'end-needs-service',
      'no-answer': 'power-ask',
      'not-connected': 'connect-fix',
    }),
  },
  'offline-fix': {
    kind: 'fix',
    title: { zh: '打印机暂停了（离线）', en: 'The printer has paused (offline)' },
    body: {
      zh: '看看打印机的指示灯：缺纸灯亮就换纸；红色错误灯闪就打开再关上盖子，取出卡住的纸。然后按一下“走纸”键。',
      en: 'Look at the printer’s lights: if the paper light is on, change the roll; if a red error light blinks, open and close the cover and remove any stuck paper. Then press the FEED button once.',
    },
    illustration: 'status-lights',
    watch: { check: 'status', until: afterFixing('offline') },
    then: 'offline-recheck',
  },
  'offline-recheck': {
    kind: 'check',
    check: 'status',
    title: CHECKING_AGAIN,
    on: statusRoutes('end-printer-ready', { offline: 'lights-ask' }),
  },
  'lights-ask': {
    kind: 'question',
    title: { zh: '打印机上亮着哪个灯？', en: 'Which light is on on the printer?' },
    illustration: 'status-lights',
    choices: [
      { id: 'paper', label: { zh: '缺纸灯', en: 'The paper light' }, next: 'paper-out-fix' },
      {
        id: 'error',
        label: { zh: '红色错误灯（闪烁）', en: 'A red error light (blinking)' },
        next: 'jam-fix',
      },
      { id: 'power-only', label: { zh: '只有电源灯', en: 'Only the power light' }, next: 'restart-fix' },
    ],
  },
  'end-printer-ready': {
    kind: 'end',
    result: 'fixed',
    proof: 'status',
    title: { zh: '打印机就绪', en: 'The printer is ready' },
  },
  'end-needs-service': {
    kind: 'end',
    result: 'still-broken',
    title: { zh: '打印机可能需要维修', en: 'The printer may need service' },
    body: {
      zh: '现在可以给顾客开电子小票。把故障报告发给您的售后联系人。',
      en: 'Give the customer an e-receipt for now, and send the support report to your service contact.',
    },
  },
  'end-needs-service-recurring': {
    kind: 'end',
    result: 'still-broken',
    title: { zh: '这个故障最近反复出现', en: 'This fault keeps coming back' },
    body: {
      zh: '切刀可能磨损了，需要维修。现在先开电子小票，并把故障报告发给售后。',
      en: 'The cutter may be worn and need service. Give e-receipts for now and send the support report to your service contact.',
    },
  },
};
