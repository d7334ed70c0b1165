/**
 * A receipt's layout → ESC/POS bytes for one printer profile. Style commands are sent only when the style
 * changes, so a receipt costs little more than its text.
 */
import { align, bold, charSize, type Alignment, type Command } from '../escpos/commands';
import { profileColumns, type PrinterProfile } from '../escpos/capabilities';
import { canEncode, encodedColumns, type TextEncoding } from '../escpos/encode';
import { EscPosJob } from '../escpos/job';
import { spread, unicodeColumns, wrapText, type ColumnMeasure } from '../escpos/text-width';
import { layoutReceipt, type LayoutBlock, type ReceiptLayout, type TextSize } from './layout';
import { linkModules, planPaperQr, QR_TOO_LONG, type PaperQr } from './paper-qr';
import { paperLanguage, paperWords, type PaperLanguage } from './paper-language';
import type { Receipt } from './types';
import { receiptLanguage } from './words';

/** Options for rendering a receipt to ESC/POS. */
export interface EscPosReceiptOptions {
  profile: PrinterProfile;
  /** Columns per line at normal size; default from the profile's dots in font A. */
  paperColumns?: number;
  /** Default: the profile's encoding. */
  encoding?: TextEncoding;
  /** E-receipt link printed as a QR code. */
  link?: string;
  /** Fingerprint of the e-receipt key (`keyFingerprint`), printed at the foot so a customer can compare it. */
  keyFingerprint?: string;
}

/** The foot line with the key's fingerprint, in the receipt's language (the viewer's "device with fingerprint"). */
const KEY_LINE: Readonly<Record<PaperLanguage, (fingerprint: string) => string>> = {
  en: (fingerprint) => `E-receipt device fingerprint ${fingerprint}`,
  zh: (fingerprint) => `电子小票设备指纹 ${fingerprint}`,
  'zh-Hant': (fingerprint) => `電子收據設備指紋 ${fingerprint}`,
};

/** The bytes, how many characters the printer cannot show (printed as `?`), and the layout they came from. */
export interface EscPosReceipt {
  bytes: Uint8Array;
  /** The same job as commands, so a printer session can check status between them. */
  commands: readonly Command[];
  replaced: number;
  /** The distinct characters printed as `?`, so a caller can say which. */
  unprintable: readonly string[];
  layout: ReceiptLayout;
  /** What became of the e-receipt QR (absent without `link`). */
  qr?: PaperQr;
}

/** Columns per character as the printer will print them in `encoding`. */
export function measureFor(encoding: TextEncoding): ColumnMeasure {
  return encoding === 'utf8' ? unicodeColumns : encodedColumns(encoding);
}

/** Lays out and encodes a receipt for a printer. */
export function renderReceiptEscPos(receipt: Receipt, options: EscPosReceiptOptions): EscPosReceipt {
  const { profile } = options;
  const encoding = options.encoding ?? profile.defaultEncoding;
  const columns = options.paperColumns ?? profileColumns(profile);
  const measure = measureFor(encoding);
  const language = paperLanguage(receiptLanguage(receipt.locale), encoding, receipt.locale);
  const layout = layoutReceipt(receipt, {
    columns,
    measure,
    words: paperWords(language),
    canShow: (text) => canEncode(text, encoding),
    link: options.link,
  });
  const job = new EscPosJob({ profile, encoding, qrModules: linkModules }).initialize();
  let qr: PaperQr | undefined;
  const state = { align: 'left' as Alignment, bold: false, size: 1 as TextSize };
  const style = (next: { align: Alignment; bold: boolean; size: TextSize }): void => {
    if (next.align !== state.align) job.add(align(next.align));
    if (next.bold !== state.bold) job.add(bold(next.bold));
    if (next.size !== state.size) job.add(charSize(next.size, next.size));
    Object.assign(state, next);
  };
  for (const block of layout.blocks) renderBlock(block);
  return {
    bytes: job.bytes(),
    commands: job.commands(),
    replaced: job.replaced,
    unprintable: job.unprintable,
    layout,
    ...(qr && { qr }),
  };

  function renderBlock(block: LayoutBlock): void {
    switch (block.kind) {
      case 'text':
        // "Scan for your e-receipt" would point at nothing when the QR code gave way to a sentence.
        if (block.role === 'link' && qr?.kind === 'too-long') return;
        style({ align: block.align, bold: block.bold, size: block.size });
        job.line(block.text);
        return;
      case 'row': {
        style({ align: 'left', bold: block.bold, size: block.size });
        const width = Math.floor(columns / block.size);
        job.line(spread(block.left, block.right, width, measure) ?? `${block.left} ${block.right}`);
        return;
      }
      case 'rule':
        style({ align: 'left', bold: false, size: 1 });
        job.line(block.char.repeat(columns));
        return;
      case 'blank':
        job.line();
        return;
      case 'qr': {
        style({ align: 'center', bold: false, size: 1 });
        const plan = planPaperQr(block.data, profile);
        qr = plan.result;
        if (plan.result.kind === 'too-long') {
          for (const line of wrapText(QR_TOO_LONG[language], columns, measure)) job.line(line);
          return;
        }
        job.qr(plan.text, { level: 'M', moduleSize: plan.result.moduleDots });
        job.line();
        return;
      }
      case 'cut':
        if (options.keyFingerprint) {
          style({ align: 'center', bold: false, size: 1 });
          for (const line of wrapText(KEY_LINE[language](options.keyFingerprint), columns, measure))
            job.line(line);
        }
        style({ align: 'left', bold: false, size: 1 });
        job.cut();
        return;
    }
  }
}

/** A receipt as ESC/POS bytes for `options.profile`. */
export function receiptToEscPos(receipt: Receipt, options: EscPosReceiptOptions): Uint8Array {
  return renderReceiptEscPos(receipt, options).bytes;
}
