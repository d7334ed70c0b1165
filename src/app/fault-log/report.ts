/**
 * The support report: everything a support contact needs to help with one printer, as plain text the
 * merchant can copy, share or download. Pure: the caller gathers the facts.
 */
import type { FaultEntry, PrinterRecord } from '../../store/schema';
import type { Lang } from '../i18n';
import { activityWords, faultWords, RESOLUTION_WORDS } from './fault-words';
import { localStamp, utcStamp } from './time';

/** The facts a report is made of. */
export interface SupportFacts {
  appVersion: string;
  userAgent: string;
  /** Epoch ms the report was made. */
  now: number;
  /** The printer the report is about (its identity, capabilities and settings), if one is known. */
  printer: PrinterRecord | null;
  /** Newest first; the report keeps the first 50. */
  faults: readonly FaultEntry[];
  online: boolean;
}

/** How many faults a report lists. */
export const REPORT_FAULTS = 50;

const hex = (bytes: readonly number[]) => bytes.map((b) => b.toString(16).padStart(2, '0')).join(' ');

/** The report as text. Headings are bilingual so either side of the phone call can read it. */
export function supportReport(facts: SupportFacts, lang: Lang): string {
  const lines: string[] = [];
  lines.push('Receipt Rescue — support report / 支持报告');
  lines.push(`Made / 生成时间: ${localStamp(facts.now)} (${utcStamp(facts.now)})`);
  lines.push(`App version / 应用版本: ${facts.appVersion}`);
  lines.push(`Browser / 浏览器: ${facts.userAgent}`);
  lines.push(`Network / 网络: ${facts.online ? 'online' : 'offline'}`);
  lines.push('');
  lines.push('Printer / 打印机');
  const p = facts.printer;
  if (!p) {
    lines.push('  (none known / 暂无)');
  } else {
    const id = p.identity;
    lines.push(`  name: ${id.name}`);
    lines.push(`  transport: ${id.transport}`);
    if (id.vendorId !== undefined) lines.push(`  vendor id: 0x${id.vendorId.toString(16).padStart(4, '0')}`);
    if (id.productId !== undefined)
      lines.push(`  product id: 0x${id.productId.toString(16).padStart(4, '0')}`);
    if (id.manufacturer) lines.push(`  manufacturer: ${id.manufacturer}`);
    if (id.product) lines.push(`  product: ${id.product}`);
    if (id.serialNumber) lines.push(`  serial number: ${id.serialNumber}`);
    lines.push(`  first seen: ${utcStamp(p.firstSeen)}, last seen: ${utcStamp(p.lastSeen)}`);
    lines.push(`  capabilities: ${JSON.stringify(p.capabilities)}`);
    lines.push(`  settings: ${JSON.stringify(p.settings)}`);
  }
  const shown = facts.faults.slice(0, REPORT_FAULTS);
  lines.push('');
  lines.push(`Last ${shown.length} faults / 最近 ${shown.length} 条故障 (of ${facts.faults.length})`);
  for (const f of shown) {
    const ending =
      f.resolved === 1 ? `${RESOLUTION_WORDS[f.resolution.how][lang]} ${utcStamp(f.resolution.at)}` : 'open';
    const times = f.count > 1 ? ` ×${f.count} (until ${utcStamp(f.lastAt)})` : '';
    lines.push(
      `  #${f.id} ${utcStamp(f.at)}${times} ${f.kind} — ${faultWords(f.kind, lang).title}; ` +
        `${f.printer?.name ?? '-'}; ${activityWords(f.activity, lang)}; ${ending}` +
        (f.raw.length ? `; raw ${hex(f.raw)}` : '') +
        (f.detail ? `; ${f.detail}` : ''),
    );
  }
  return lines.join('\n') + '\n';
}
