/** Words of the last-drill line on home and the drill times, shared with the drill card. */
import { defineStrings } from '../i18n';

export const drillNoteStrings = defineStrings({
  en: {
    seconds: (ms: number) => `${(ms / 1000).toFixed(1)} s`,
    never: 'never shown',
    stopped: 'stopped',
    lastDrill: (when: string, qr: string, fixed: string) =>
      `Last drill: ${when} — QR in ${qr}, fixed in ${fixed}.`,
    noDrillYet: 'No practice drill yet: rehearse a printer failure on the virtual printer.',
    practise: 'Practise',
  },
  zh: {
    seconds: (ms: number) => `${(ms / 1000).toFixed(1)} 秒`,
    never: '未显示',
    stopped: '已中止',
    lastDrill: (when: string, qr: string, fixed: string) =>
      `上次演练：${when}，二维码用时 ${qr}，修复用时 ${fixed}。`,
    noDrillYet: '还没有做过应急演练：在虚拟打印机上演练一次打印机故障吧。',
    practise: '去演练',
  },
});
