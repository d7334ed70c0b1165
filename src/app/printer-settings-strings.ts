/** The Printer settings screen's words (the form), in both languages; the note's live in printer-profile-strings.ts. */
import type { TextEncoding } from '../escpos/encode';
import { defineStrings } from './i18n';

/** Names of the text encodings, as the merchant chooses among them: short enough for a phone's select. */
export const encodingNames = defineStrings<Record<TextEncoding, string>>({
  en: {
    gb18030: 'Simplified Chinese (GB18030)',
    big5: 'Traditional Chinese (Big5)',
    utf8: 'UTF-8',
    cp437: 'Western (PC437)',
    cp858: 'Western with € (PC858)',
    cp866: 'Cyrillic (PC866)',
    cp1252: 'Western (Windows-1252)',
  },
  zh: {
    gb18030: '简体中文（GB18030）',
    big5: '繁体中文（Big5）',
    utf8: 'UTF-8',
    cp437: '西文（PC437）',
    cp858: '西文含 €（PC858）',
    cp866: '俄文（PC866）',
    cp1252: '西文（Windows-1252）',
  },
});

/** Which printers each encoding is for, shown under the select for the one chosen. */
const CODE_PAGE_HINT = {
  en: 'For printers without a Chinese font: Chinese characters print as “?”.',
  zh: '用于没有中文字库的打印机：中文会印成“?”。',
};
export const encodingHints = defineStrings<Record<TextEncoding, string>>({
  en: {
    gb18030: 'For printers sold in mainland China.',
    big5: 'For printers sold in Taiwan and Hong Kong.',
    utf8: 'Only for printers set to UTF-8, such as Sunmi.',
    cp437: CODE_PAGE_HINT.en,
    cp858: CODE_PAGE_HINT.en,
    cp866: CODE_PAGE_HINT.en,
    cp1252: CODE_PAGE_HINT.en,
  },
  zh: {
    gb18030: '用于大陆版打印机。',
    big5: '用于台湾、香港版打印机。',
    utf8: '仅用于已设为 UTF-8 的打印机，如商米。',
    cp437: CODE_PAGE_HINT.zh,
    cp858: CODE_PAGE_HINT.zh,
    cp866: CODE_PAGE_HINT.zh,
    cp1252: CODE_PAGE_HINT.zh,
  },
});

export const settingsFormStrings = defineStrings({
  en: {
    noPrinter: 'Connect a printer first: its settings appear here.',
    recognisedAs: (model: string) => `Recognised as ${model}.`,
    chosenDefault: 'Model not recognised: set up for 80 mm paper.',
    chosenVirtual: 'The app’s own printer, for trying things out.',
    chosenProbe: 'Set up from what the printer answered.',
    chosenMerchant: 'Set by you.',
    paperWidth: 'Paper width',
    paper58: '58 mm (32 characters a line)',
    paper80: (columns: number) => `80 mm (${columns} characters a line)`,
    paperCustom: 'Other width',
    customDots: 'Printable width in dots (8 dots are 1 mm)',
    encoding: 'Text encoding',
    cutter: 'Cuts the paper (has a cutter)',
    nativeQr: 'Prints QR codes by itself (turn off if QR codes come out blank)',
    chunkSize: 'Bytes sent at a time',
    chunkHint: 'Lower it if long receipts come out cut short.',
    save: 'Save',
    saved: 'Saved. Every new job uses these settings.',
    automatic: 'Back to automatic',
    badDots: (min: number, max: number) => `Enter a width from ${min} to ${max} dots, in steps of 8.`,
    badChunk: (min: number, max: number) => `Enter a number from ${min} to ${max}.`,
    notSaved: 'Not saved: the browser could not store the settings.',
  },
  zh: {
    noPrinter: '请先连接打印机，这里会显示它的设置。',
    recognisedAs: (model: string) => `已识别为 ${model}。`,
    chosenDefault: '未能识别型号：按 80 毫米纸设置。',
    chosenVirtual: '本应用自带的练习用打印机。',
    chosenProbe: '根据打印机的应答设置。',
    chosenMerchant: '由您设置。',
    paperWidth: '纸宽',
    paper58: '58 毫米（每行 32 个字符）',
    paper80: (columns: number) => `80 毫米（每行 ${columns} 个字符）`,
    paperCustom: '其他宽度',
    customDots: '可打印宽度（点数，8 点为 1 毫米）',
    encoding: '文字编码',
    cutter: '自动切纸（有切刀）',
    nativeQr: '打印机自己打印二维码（二维码打不出来时请关闭）',
    chunkSize: '每次发送字节数',
    chunkHint: '长小票打印不全时请调小。',
    save: '保存',
    saved: '已保存，之后的打印都按此设置。',
    automatic: '恢复自动识别',
    badDots: (min: number, max: number) => `请输入 ${min} 到 ${max} 之间、8 的倍数的点数。`,
    badChunk: (min: number, max: number) => `请输入 ${min} 到 ${max} 之间的数。`,
    notSaved: '未保存：浏览器无法存储设置。',
  },
});
