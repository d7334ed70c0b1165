/** Words of the virtual printer screen, in Chinese and English. */
import { defineStrings } from '../i18n';

/** Labels of the virtual printer screen. */
export const virtualStrings = defineStrings({
  en: {
    title: 'Virtual printer',
    intro:
      'A printer inside the app: print a test page, then switch faults on and off to see what the app does.',
    connect: 'Connect the virtual printer',
    paper: 'Printed paper',
    emptyPaper: 'Nothing printed yet.',
    tearOff: 'Tear off paper',
    faults: 'Faults',
    coverOpen: 'Open the cover',
    paperOut: 'Pull the paper out',
    paperNearEnd: 'Paper nearly out',
    cutterJam: 'Jam the cutter',
    overheated: 'Overheat the print head',
    offline: 'Take it offline',
    unplug: 'Unplug the cable',
    replies: 'How it answers',
    normal: 'Normally',
    silent: 'Never (silent)',
    garbled: 'Garbled',
    slow: 'Slowly',
  },
  zh: {
    title: '虚拟打印机',
    intro: '应用内置的打印机：先打印测试页，再打开或关闭各种故障，看看应用如何应对。',
    connect: '连接虚拟打印机',
    paper: '已打印的纸',
    emptyPaper: '还没有打印内容。',
    tearOff: '撕下纸张',
    faults: '故障',
    coverOpen: '打开纸仓盖',
    paperOut: '抽出纸卷',
    paperNearEnd: '纸将用完',
    cutterJam: '切刀卡住',
    overheated: '打印头过热',
    offline: '设为离线',
    unplug: '拔掉数据线',
    replies: '回应方式',
    normal: '正常',
    silent: '不回应',
    garbled: '乱码',
    slow: '很慢',
  },
});
