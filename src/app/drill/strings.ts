/** Words of the practice drills (应急演练), in Chinese and English. */
import { defineStrings } from '../i18n';
import type { DrillScenario } from './drill-clock';

export const drillStrings = defineStrings({
  en: {
    title: 'Practice drill',
    intro:
      'Rehearse what to do when the printer fails in the middle of a sale. The clock starts when the fault happens.',
    scenario: (s: DrillScenario) =>
      (
        ({
          'paper-out-mid-sale': 'The paper runs out in the middle of a sale',
          'cover-open': 'The cover is left open',
          unplugged: 'The printer is unplugged',
        }) satisfies Record<DrillScenario, string>
      )[s],
    steps: (s: DrillScenario) =>
      (
        ({
          'paper-out-mid-sale':
            'Ring up the sale: the sample receipt opens. Tap Print. When the paper runs out, show the customer the QR code, then load paper here.',
          'cover-open':
            'Ring up the sale: the sample receipt opens. Tap Print. Show the customer the QR code, then close the cover here.',
          unplugged:
            'Ring up the sale: the sample receipt opens. Tap Print. Show the customer the QR code, then plug the cable back in here.',
        }) satisfies Record<DrillScenario, string>
      )[s],
    start: 'Start',
    stop: 'Stop the drill',
    done: 'Done',
    waiting: 'Waiting for the fault…',
    faultSeen: 'Fault happened',
    qrShown: 'Customer’s QR on screen',
    fixed: 'Printer ready again',
    notYet: '—',
    history: 'Past drills',
    noDrills: 'No drill yet.',
    needsVirtual: 'Connect the virtual printer to run a drill.',
  },
  zh: {
    title: '应急演练',
    intro: '演练收银中途打印机出故障时该怎么做。故障发生时开始计时。',
    scenario: (s: DrillScenario) =>
      (
        ({
          'paper-out-mid-sale': '收银中途缺纸',
          'cover-open': '纸仓盖没关',
          unplugged: '打印机被拔掉',
        }) satisfies Record<DrillScenario, string>
      )[s],
    steps: (s: DrillScenario) =>
      (
        ({
          'paper-out-mid-sale':
            '开始收银：示例小票会打开。点“打印”。缺纸时把二维码给顾客扫，然后在这里装好纸。',
          'cover-open': '开始收银：示例小票会打开。点“打印”。把二维码给顾客扫，然后在这里关好纸仓盖。',
          unplugged: '开始收银：示例小票会打开。点“打印”。把二维码给顾客扫，然后在这里插回数据线。',
        }) satisfies Record<DrillScenario, string>
      )[s],
    start: '开始',
    stop: '结束演练',
    done: '完成',
    waiting: '等待故障发生…',
    faultSeen: '故障发生',
    qrShown: '顾客二维码已显示',
    fixed: '打印机恢复',
    notYet: '—',
    history: '以往演练',
    noDrills: '还没有演练记录。',
    needsVirtual: '先连接虚拟打印机，才能开始演练。',
  },
});
