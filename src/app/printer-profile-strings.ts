/** The printer profile note under the printer status (paper width in use, check it, change it), in both languages. */
import { defineStrings } from './i18n';

export const profileStrings = defineStrings({
  en: {
    title: 'Printer settings',
    settingsHint: 'Paper width, text encoding, cutter and QR codes of the connected printer.',
    paperMm: (mm: number) => `${mm} mm`,
    paperDots: (dots: number) => `${dots}-dot`,
    /** The note after connecting: the width in use and how to check it. */
    note: (paper: string, columns: number) =>
      `Printing on ${paper} paper, ${columns} characters a line. On the test page, the ruler should fill exactly one line.`,
    /** Once confirmed or set by the merchant: the width in use, nothing to do. */
    inUse: (paper: string, columns: number) => `Printing on ${paper} paper, ${columns} characters a line.`,
    big5: 'Chinese prints in Traditional characters (Big5).',
    checkWithTestPage: 'Check with a test page',
    looksRight: 'The ruler fits: keep this',
    change: 'Change',
  },
  zh: {
    title: '打印机设置',
    settingsHint: '已连接打印机的纸宽、文字编码、切刀和二维码。',
    paperMm: (mm: number) => `${mm} 毫米`,
    paperDots: (dots: number) => `${dots} 点宽`,
    note: (paper: string, columns: number) =>
      `按 ${paper}纸打印，每行 ${columns} 个字符。测试页上的标尺应正好占满一行。`,
    inUse: (paper: string, columns: number) => `按 ${paper}纸打印，每行 ${columns} 个字符。`,
    big5: '中文按繁体（Big5）打印。',
    checkWithTestPage: '用测试页核对',
    looksRight: '标尺正好一行：就这样',
    change: '更改',
  },
});
