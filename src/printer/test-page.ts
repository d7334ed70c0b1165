/**
 * The diagnostic test page: who the printer is and how it is connected, every character set the shop
 * needs (with a Chinese line and the full-width ￥), alignment and sizes, a barcode, a QR code, a ruler
 * across the paper width, and a cut. Built with the encoder, so it exercises the same path as receipts.
 */
import { code128 } from '../escpos/barcode';
import { profileColumns, type PrinterProfile } from '../escpos/capabilities';
import { align, bold, charSize, type Command } from '../escpos/commands';
import { EscPosJob } from '../escpos/job';
import { qrModules } from '../escpos/qr-modules';
import { wrapText } from '../escpos/text-width';
import { printsTraditional, type PaperLanguage } from '../receipt/paper-language';
import type { PrinterIdentity } from '../transport/types';
import type { PrinterCapabilities } from './capabilities';

/** What the page reports about the printer and the connection. */
export interface TestPageInfo {
  identity: PrinterIdentity;
  profile: PrinterProfile;
  capabilities: PrinterCapabilities | null;
  /** Extra settings lines, e.g. "9600 8N1" for a serial printer. */
  settings?: readonly string[];
  /** Epoch ms printed on the page. */
  at: number;
  /** Minutes east of UTC of the tablet's clock at `at`; default: this machine's time zone at that moment. */
  utcOffset?: number;
  /** The shop's name, from its profile. */
  shopName?: string;
  /** The fingerprint of the tablet's e-receipt key, for customers to compare with what their viewer shows. */
  keyFingerprint?: string;
}

/**
 * A moment as the clock on the counter shows it, with its offset: `2026-12-02 09:15 +08:00`. The offset is
 * printed because a printout outlives the tablet's settings (and a tablet left on UTC is a common fault).
 */
export function localStamp(at: number, utcOffset = -new Date(at).getTimezoneOffset()): string {
  const local = new Date(at + utcOffset * 60_000).toISOString();
  const minutes = Math.abs(utcOffset);
  const hhmm = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return `${local.slice(0, 10)} ${local.slice(11, 16)} ${utcOffset < 0 ? '-' : '+'}${hhmm}`;
}

/** A ruler exactly `columns` characters wide: `|` at both edges, a digit every ten columns. */
export function ruler(columns: number): string {
  let text = '';
  for (let i = 1; i <= columns; i++) {
    text += i === 1 || i === columns ? '|' : i % 10 === 0 ? String((i / 10) % 10) : i % 5 === 0 ? '+' : '-';
  }
  return text;
}

function hex(value: number | undefined): string {
  return value === undefined ? '-' : `0x${value.toString(16).padStart(4, '0').toUpperCase()}`;
}

function capabilityLines(caps: PrinterCapabilities | null): string[] {
  if (!caps) return ['Status: not probed'];
  const status = caps.realtime.length ? `DLE EOT ${caps.realtime.join(',')}` : 'no answer';
  return [
    `Status: ${status}${caps.asb ? ', ASB' : ''}`,
    `Fence: ${caps.fence}`,
    `Chinese font: ${caps.multibyteFont === null ? 'unknown' : caps.multibyteFont ? 'yes' : 'no'}${caps.fontLanguage ? ` (${caps.fontLanguage})` : ''}`,
    ...(caps.model ? [`Reports: ${[caps.maker, caps.model].filter(Boolean).join(' ')}`] : []),
  ];
}

/**
 * The page's Chinese lines in both scripts. The sample line sits under the ASCII alphabet, where the
 * wizard asks about it (on a printer reading the other set it is garbled from its first character), and
 * holds a total and ￥ as receipts do.
 */
const CHINESE_LINES: Readonly<
  Record<
    Exclude<PaperLanguage, 'en'>,
    { fingerprint: (fp: string) => string; sample: string; closing: string }
  >
> = {
  zh: {
    fingerprint: (fp: string) => `电子小票设备指纹：${fp}`,
    sample: '中文：小票打印测试 合计 ￥12.50',
    closing: '以上各行完整即打印正常。',
  },
  'zh-Hant': {
    fingerprint: (fp: string) => `電子收據設備指紋：${fp}`,
    sample: '中文：收據列印測試 合計 ￥12.50',
    closing: '以上各行完整即列印正常。',
  },
};

/** The test page as encoder commands (split between commands when sent, so status can be checked). */
export function testPageCommands(info: TestPageInfo): readonly Command[] {
  const { identity, profile } = info;
  const columns = profileColumns(profile);
  const job = new EscPosJob({ profile, qrModules });
  // Information lines wrap at word boundaries within the paper, so only the rulers run edge to edge and a
  // ruler that breaks means the paper width is set wrong.
  const say = (text: string) => {
    for (const part of wrapText(text, columns)) job.line(part);
  };
  job.initialize().add(align('center'), charSize(2, 2), bold(true)).line('TEST PAGE');
  const chinese = profile.chineseFont || profile.utf8Mode;
  // A Big5 font has no simplified characters: its printer gets the same lines in Traditional Chinese.
  const zh = CHINESE_LINES[printsTraditional(profile.defaultEncoding) ? 'zh-Hant' : 'zh'];
  job.add(charSize(1, 1), bold(false)).line('Receipt Rescue');
  if (info.shopName) say(info.shopName);
  job.line(localStamp(info.at, info.utcOffset));
  job.add(align('left')).line(ruler(columns));
  if (info.keyFingerprint) {
    // The words a customer compares with the viewer's "device with fingerprint …" / "设备 … 签名".
    say(`E-receipt device fingerprint: ${info.keyFingerprint}`);
    if (chinese) say(zh.fingerprint(info.keyFingerprint));
  }
  say(`Printer: ${identity.name}`);
  say(`Connection: ${identity.transport}  VID ${hex(identity.vendorId)}  PID ${hex(identity.productId)}`);
  if (identity.serialNumber) say(`Serial no.: ${identity.serialNumber}`);
  say(`Profile: ${profile.name}, ${profile.dots} dots, ${columns} columns`);
  for (const line of info.settings ?? []) say(line);
  for (const line of capabilityLines(info.capabilities)) say(line);
  job.line(ruler(columns));
  say('ASCII: ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789');
  say('abcdefghijklmnopqrstuvwxyz !"#$%&()*+,-./:;<=>?@[]');
  if (chinese) {
    job.line(zh.sample);
  }
  job.add(align('left')).line('Left');
  job.add(align('center')).line('Center');
  job.add(align('right')).line('Right');
  job.add(align('left'), bold(true)).line('Bold');
  job.add(bold(false), charSize(2, 1)).line('Wide');
  job.add(charSize(1, 2)).line('Tall');
  job.add(charSize(1, 1), align('center'));
  job.add(code128('RR-TEST-0001', { height: 60 }));
  job.qr('https://receipt-rescue.example/#test', { moduleSize: 5 });
  job.add(align('left')).line(ruler(columns));
  say('If every line above is complete, the printer is OK.');
  job.line(zh.closing);
  return job.cut().commands();
}
